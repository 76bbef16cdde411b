# quotecheck: the targets people expect.
GO        ?= go
SEEDS     := testdata/seeds
RECORD    := $(SEEDS)/000_adf2d0d08684c947.txt
ARTICLES  := $(filter-out $(RECORD),$(wildcard $(SEEDS)/*.txt))
FUZZTIME  ?= 10s
EVAL      ?= ../shared/eval

.PHONY: all build test race vuln demo lint golden bench bench-huge fuzz eval clean

all: build test

build:
	$(GO) build -o bin/quotecheck ./cmd/quotecheck

test:
	$(GO) test ./...

# -short leaves out what the race detector makes slow and adds nothing to:
# the 10,000-article load test and the build of the command for the signal
# test (the parallel checker's race test runs).
race:
	$(GO) test -race -short ./...

# Known vulnerabilities of the dependencies and the standard library, by
# govulncheck (fetched through the module proxy). It needs its database,
# vuln.go.dev: when that cannot be reached the target says so plainly and
# succeeds, since an offline machine is not a broken build; vulnerabilities
# found (exit 3) or any other failure fail it.
VULNCHECK ?= golang.org/x/vuln/cmd/govulncheck@latest
vuln:
	@out=$$($(GO) run $(VULNCHECK) ./... 2>&1); rc=$$?; echo "$$out"; \
	  if [ $$rc -eq 0 ]; then echo "vuln: no known vulnerabilities"; exit 0; fi; \
	  if [ $$rc -ne 3 ] && echo "$$out" | grep -qE 'vuln\.go\.dev|fetching vulnerabilities|dial tcp|no such host|proxy\.golang\.org|i/o timeout|connection refused'; then \
	    echo "vuln: NOT CHECKED: the vulnerability database (or the module proxy) cannot be reached from this machine"; exit 0; fi; \
	  exit $$rc

# The seeds' report. The gate's exit 1 (bad quotes found) is the point of a
# demonstration; a 2 (usage or input error) still fails.
demo: build
	@mkdir -p demo
	@SOURCE_DATE_EPOCH=$$(date +%s) ./bin/quotecheck check -t $(RECORD) --format text --format html=demo/report.html $(ARTICLES); rc=$$?; \
	  if [ $$rc -ge 2 ]; then exit $$rc; fi; \
	  echo "(quotecheck exited $$rc: 0 the gate passes, 1 it fails)"; \
	  echo "HTML report: $(CURDIR)/demo/report.html (open it in a browser)"

lint:
	@out=$$(gofmt -l . | grep -v '^testdata/' || true); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod verify

# Rewrites the golden files of the packages that have them (the -update
# flag is theirs alone).
golden:
	$(GO) test ./quotes ./report ./cmd/quotecheck -run 'Golden' -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Each fuzz target for FUZZTIME. A finding writes its input under
# testdata/fuzz and fails the target. Go's fuzzing engine before 1.27 can
# also fail a target with a bare "context deadline exceeded" as -fuzztime
# runs out on a busy machine (golang/go#75804): no input is written and
# nothing was found. Such a run is tried once more; a second one in a row
# is reported and let pass, since it is the engine's race, not a finding.
fuzz:
	@for pkg in ./quotes ./align ./report; do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f ($(FUZZTIME))"; \
	    for try in 1 2; do \
	      out=$$($(GO) test $$pkg -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) 2>&1); rc=$$?; \
	      echo "$$out" | grep -v '^fuzz: elapsed' ; \
	      if [ $$rc -eq 0 ]; then break; fi; \
	      if echo "$$out" | grep -q 'context deadline exceeded' && ! echo "$$out" | grep -qE 'Failing input written|panic:|_test.go:[0-9]+:'; then \
	        echo "fuzz: $$f stopped by the engine's deadline race, no input found (try $$try of 2)"; continue; \
	      fi; \
	      exit 1; \
	    done; \
	  done; \
	done

clean:
	rm -rf bin demo

# Accuracy on real news (PolNeAR, the 2016 debates) and the seeds' verdict
# table; figures also written to bin/eval.json. EVAL is the data folder.
eval:
	@mkdir -p bin
	$(GO) run ./cmd/quotecheck-eval -data $(EVAL) -json bin/eval.json

# The archive at newsroom scale: HUGE_WORDS words of briefings generated
# once from the novels of EVAL (cached under HUGE, git-ignored), built into
# an archive with quotecheck index build on two cores, then opened and
# queried; the figures of each size (N/queries.json) go into the search
# benchmark's archive.json and chart. Never part of test or CI. Needs about
# 12 GB free at 100M words.
HUGE       ?= bin/huge
HUGE_WORDS ?= 100000000
bench-huge: build
	@mkdir -p $(HUGE); avail=$$(df -Pk $(HUGE) | awk 'NR==2 {print $$4}'); need=$$(( $(HUGE_WORDS) / 1000000 * 120 * 1024 )); \
	  if [ "$$avail" -lt "$$need" ]; then echo "bench-huge: needs $$((need/1024)) MB free in $(HUGE), has $$((avail/1024)) MB"; exit 1; fi
	QUOTECHECK_HUGE=$(abspath $(HUGE)) QUOTECHECK_HUGE_WORDS=$(HUGE_WORDS) QUOTECHECK_EVAL=$(abspath $(EVAL)) \
	  $(GO) test ./align -run '^TestHugeGenerate$$' -v -count=1 -timeout 2h
	./bin/quotecheck index build -j 2 -o $(HUGE)/$(HUGE_WORDS)/archive.qci $(HUGE)/$(HUGE_WORDS)/transcripts
	./bin/quotecheck index stats $(HUGE)/$(HUGE_WORDS)/archive.qci
	QUOTECHECK_HUGE=$(abspath $(HUGE)) QUOTECHECK_HUGE_WORDS=$(HUGE_WORDS) QUOTECHECK_EVAL=$(abspath $(EVAL)) \
	  $(GO) test ./align -run '^TestHugeQueries$$' -v -count=1 -timeout 1h
	$(GO) run ./cmd/quotecheck-bench -replot cmd/quotecheck-bench/results -archive $(HUGE)

# quotecheck: the targets people expect.
GO        ?= go
SEEDS     := testdata/seeds
RECORD    := $(SEEDS)/000_adf2d0d08684c947.txt
ARTICLES  := $(filter-out $(RECORD),$(wildcard $(SEEDS)/*.txt))
FUZZTIME  ?= 10s
EVAL      ?= ../shared/eval

.PHONY: all build test race demo lint golden bench bench-huge fuzz eval clean

all: build test

build:
	$(GO) build -o bin/quotecheck ./cmd/quotecheck

test:
	$(GO) test ./...

race:
	$(GO) test -race ./...

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

golden:
	$(GO) test ./... -run 'Golden' -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fuzz:
	@for pkg in ./quotes ./align ./report; do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f ($(FUZZTIME))"; \
	    $(GO) test $$pkg -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) || exit 1; \
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
# queried. Never part of test or CI. Needs about 12 GB free at 100M words.
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

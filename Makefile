# quotecheck: the targets people expect.
GO        ?= go
SEEDS     := testdata/seeds
RECORD    := $(SEEDS)/000_adf2d0d08684c947.txt
ARTICLES  := $(filter-out $(RECORD),$(wildcard $(SEEDS)/*.txt))
FUZZTIME  ?= 10s
EVAL      ?= ../shared/eval

.PHONY: all build test race demo lint golden bench fuzz eval clean

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

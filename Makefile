# The two commands of the README: `make demo` and `make test`.
DYAD_DATA ?= $(abspath ../shared)
export DYAD_DATA
JOBS ?= $(shell nproc)

.PHONY: all deps build demo test bench clean

all: build

deps:
	./scripts/install-deps.sh

build: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

# The seed's events on stdout, then the seed and the Dutch corpus stored in
# build/demo.db (re-running skips what is stored; the corpus has one French
# article without a model, reported and skipped) and the dashboard served.
DEMO_DB ?= build/demo.db
PORT ?= 8080
demo: build
	./build/dyad code "$(DYAD_DATA)/examples/seed-nl.txt"
	-./build/dyad ingest --db $(DEMO_DB) "$(DYAD_DATA)/examples/seed-nl.txt" "$(DYAD_DATA)/corpora/nl/dpgmedia2019-articles.jsonl"
	./build/dyad serve --db $(DEMO_DB) --port $(PORT)

test: build
	ctest --preset release -j $(JOBS)

bench: build
	./scripts/install-deps.sh --bench
	./build/bench/dyad_bench

clean:
	rm -rf build build-debug

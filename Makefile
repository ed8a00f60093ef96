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

demo: build
	./build/dyad code "$(DYAD_DATA)/examples/seed-nl.txt"

test: build
	ctest --preset release -j $(JOBS)

bench: build
	./scripts/install-deps.sh --bench
	./build/bench/dyad_bench

clean:
	rm -rf build build-debug

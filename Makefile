# Scholia: `make run` and `make test` do all set-up on a fresh Debian 12.
BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
CTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: all deps configure build run test bench bench-view bench-search bench-export translations clean

all: build

deps:
	@packaging/install-build-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/bin/scholia

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure $(CTEST_ARGS)

# Every measure of DESIGN.md's "Measures that matter" on generated inputs, next to jq and
# headless Chromium (installed when missing), printed as one table (median, min, max,
# ratio, target): tests/bench/run-benchmarks.py. Takes about 10 minutes; QUICK=1 runs small
# sizes twice in a few minutes. BENCH_ARGS passes options to the driver, e.g.
# BENCH_ARGS="--runs 7 --only import,view --search-comments 200000" (see its --help).
# The table is also written as Markdown to $(BUILD_DIR)/bench-results.md. Not a test.
BENCH_TARGETS = scholia scholia-gen scholia-bench-view scholia-bench-search scholia-bench-export
bench: configure
	@packaging/install-bench-deps.sh
	cmake --build $(BUILD_DIR) --target $(BENCH_TARGETS)
	python3 tests/bench/run-benchmarks.py --build-dir $(BUILD_DIR) \
		$(if $(filter 1 yes true,$(QUICK)),--quick) --markdown $(BUILD_DIR)/bench-results.md $(BENCH_ARGS)

# The thread view alone, in more detail (render, load, layout, paint, memory) for a busy
# thread and a 100 000-deep chain: BENCH_ARGS="--comments 20000 --runs 5 --deep 0".
bench-view: configure
	cmake --build $(BUILD_DIR) --target scholia-bench-view
	$(BUILD_DIR)/bin/scholia-bench-view $(BENCH_ARGS)

# Times the first page of 20 search queries over 1 000 000 generated comments (not a test).
# The library is generated once (about a minute) and kept in $(BUILD_DIR); BENCH_ARGS
# ("--comments 200000 --runs 9 --seed 2") changes what it measures.
bench-search: configure
	cmake --build $(BUILD_DIR) --target scholia-bench-search
	$(BUILD_DIR)/bin/scholia-bench-search $(BENCH_ARGS)

# A generated 1 000-comment thread with 200 annotations printed to PDF: time and page count.
# BENCH_ARGS="--comments 5000 --annotations 500 --runs 1 --keep /tmp/bench.pdf" changes it.
bench-export: configure
	cmake --build $(BUILD_DIR) --target scholia-bench-export
	$(BUILD_DIR)/bin/scholia-bench-export $(BENCH_ARGS)

# Refreshes translations/*.ts from the sources (lupdate), then fills English plurals.
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations
	python3 translations/fill-english-plurals.py translations/scholia_en.ts

clean:
	rm -rf $(BUILD_DIR)

# Scholia: `make run` and `make test` do all set-up on a fresh Debian 12.
BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
CTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: all deps configure build run test fuzz bench bench-view bench-search bench-scale bench-export bench-map translations clean

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

# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in its own build folder.
# Tests labelled `webengine` are left out: Chromium under ASan is not workable (its own
# allocator and sandbox fight ASan's interceptors, and the render processes are not built
# with ASan); so are the install and .deb checks (label `packaging`), which run only
# command-line tools over installed files. The options live here, not in the user's environment: any finding, leaks
# included, fails its test; tests/sanitizers/lsan.supp lists the third-party leaks
# ignored, each with its reason. G_SLICE=always-malloc lets ASan see GLib's (GMime's)
# allocations. 2 compile jobs: ASan's compiles need more memory, and CI has 2 cores.
ASAN_BUILD_DIR  ?= build-asan
ASAN_BUILD_TYPE ?= RelWithDebInfo
ASAN_JOBS       ?= 2
# Two tests at a time: the slow ones (ASan's allocator on 100 000-message mboxes) overlap.
ASAN_CTEST_JOBS ?= 2
.PHONY: test-asan
test-asan: deps
	cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(ASAN_BUILD_TYPE) \
		-DSCHOLIA_SANITIZE="address;undefined"
	cmake --build $(ASAN_BUILD_DIR) --parallel $(ASAN_JOBS)
	cd $(ASAN_BUILD_DIR) && \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
		G_SLICE=always-malloc \
		ctest -LE '^(webengine|packaging)$$' --parallel $(ASAN_CTEST_JOBS) --output-on-failure $(CTEST_ARGS)

# The Debian package (CPack, DEB): a Release build of only what gets installed, in its own
# folder, then cpack; Depends comes from dpkg-shlibdeps. Prints the path of the .deb.
# Install it with `apt-get install ./build-package/scholia_*.deb`.
PACKAGE_DIR        ?= build-package
PACKAGE_BUILD_TYPE ?= Release
PACKAGE_JOBS       ?= 2
.PHONY: package
package: deps
	cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(PACKAGE_BUILD_TYPE) -DBUILD_TESTING=OFF \
		-DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
	cmake --build $(PACKAGE_DIR) --parallel $(PACKAGE_JOBS) --target scholia scholia_desktop_files
	cd $(PACKAGE_DIR) && cpack -G DEB
	@ls -1 $(CURDIR)/$(PACKAGE_DIR)/scholia_*.deb

# Every measure of DESIGN.md's "Measures that matter" on generated inputs, next to jq and
# headless Chromium (installed when missing), printed as one table (median, min, max,
# ratio, target): tests/bench/run-benchmarks.py. Takes about 10 minutes, plus about 16 for
# generating the 10 000 000-comment library the first time (kept in $(BUILD_DIR)/bench-cache,
# about 8 GiB); QUICK=1 runs small sizes twice in a few minutes. BENCH_ARGS passes options to the driver, e.g.
# BENCH_ARGS="--runs 7 --only import,view --search-comments 200000" (see its --help).
# The table is also written as Markdown to $(BUILD_DIR)/bench-results.md. Not a test.
BENCH_TARGETS = scholia scholia-gen scholia-bench-view scholia-bench-search scholia-bench-scale scholia-bench-export scholia-bench-map
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

# The library at scale: 10 000 000 generated comments in 100 000 threads (made once and kept
# in $(BUILD_DIR)/bench-cache), search, the library pane's filter and sort, opening the
# typical and the biggest thread, bytes a comment. BENCH_ARGS="--comments 1000000 --threads 10000".
bench-scale: configure
	cmake --build $(BUILD_DIR) --target scholia-bench-scale
	$(BUILD_DIR)/bin/scholia-bench-scale $(BENCH_ARGS)

# A generated 1 000-comment thread with 200 annotations printed to PDF: time and page count.
# BENCH_ARGS="--comments 5000 --annotations 500 --runs 1 --keep /tmp/bench.pdf" changes it.
bench-export: configure
	cmake --build $(BUILD_DIR) --target scholia-bench-export
	$(BUILD_DIR)/bin/scholia-bench-export $(BENCH_ARGS)

# The thread map beside the view: layout and drawing for generated 50 000- and 200 000-comment
# threads. BENCH_ARGS="--comments 10000,1000000 --runs 3 --height 1200" changes it.
bench-map: configure
	cmake --build $(BUILD_DIR) --target scholia-bench-map
	$(BUILD_DIR)/bin/scholia-bench-map $(BENCH_ARGS)

# libFuzzer + ASan + UBSan (clang) on every importer, the sanitizer, the search-query
# parser and the text reconstruction, FUZZ_SECONDS each, as many side by side as there are
# cores (FUZZ_PARALLEL=N sets it; tests/fuzz/run-fuzzers.sh; one line per target). Fails
# on any finding and says where the input is. FUZZ_TARGETS="mbox hnpwa" runs only those;
# FUZZ_SEED=N repeats a run exactly (CI's). Its own build folder: only the fuzzed
# libraries, instrumented.
FUZZ_SECONDS ?= 30
FUZZ_SEED ?=
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_JOBS ?= 2
$(FUZZ_BUILD_DIR)/build.ninja: CMakeLists.txt tests/fuzz/CMakeLists.txt
	cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DSCHOLIA_FUZZ=ON

fuzz: deps
	@packaging/install-fuzz-deps.sh
	@$(MAKE) --no-print-directory $(FUZZ_BUILD_DIR)/build.ninja
	cmake --build $(FUZZ_BUILD_DIR) --parallel $(FUZZ_JOBS)
	FUZZ_SEED=$(FUZZ_SEED) tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)

# Refreshes translations/*.ts from the sources (lupdate), then fills English plurals.
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations
	python3 translations/fill-english-plurals.py translations/scholia_en.ts

clean:
	rm -rf $(BUILD_DIR)

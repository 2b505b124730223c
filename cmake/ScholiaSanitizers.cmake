# SCHOLIA_SANITIZE: build every Scholia target (libraries, executables, tests, benchmarks)
# with GCC's or Clang's runtime checks, e.g. -DSCHOLIA_SANITIZE="address;undefined"
# (what `make test-asan` uses). Empty, the default, builds without them.
#
# The flags go on the compile and link lines of everything configured after this file is
# included, because a sanitized library linked into an unsanitized executable (or the
# other way round) fails to link or misses the runtime's interceptors.

set(SCHOLIA_SANITIZE "" CACHE STRING
    "Sanitizers to build with, a list of: address undefined leak (e.g. \"address;undefined\")")

if(SCHOLIA_SANITIZE)
    set(known_sanitizers address undefined leak)
    foreach(sanitizer IN LISTS SCHOLIA_SANITIZE)
        if(NOT sanitizer IN_LIST known_sanitizers)
            message(FATAL_ERROR "SCHOLIA_SANITIZE: unknown sanitizer '${sanitizer}' "
                                "(known: ${known_sanitizers})")
        endif()
    endforeach()

    list(JOIN SCHOLIA_SANITIZE "," sanitizer_list)
    # Frame pointers keep ASan's and LSan's fast unwinder (the one used for every
    # allocation) able to show whole stacks.
    set(sanitizer_flags -fsanitize=${sanitizer_list} -fno-omit-frame-pointer)
    if("undefined" IN_LIST SCHOLIA_SANITIZE)
        # UBSan otherwise prints and carries on: a test would pass with undefined behaviour
        # in it. Stopping makes each finding a failing test.
        list(APPEND sanitizer_flags -fno-sanitize-recover=undefined)
    endif()
    add_compile_options(${sanitizer_flags})
    add_link_options(${sanitizer_flags})
    message(STATUS "Sanitizers: ${sanitizer_list} (SCHOLIA_SANITIZE)")
endif()

# Compiler settings shared by every Scholia target, and the one helper that adds a test.

function(scholia_set_warning_flags target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
endfunction()

# Product code also forbids implicit char* ↔ QString conversions: every user-visible
# string is explicit (and goes through tr()). Tests may use plain literals.
function(scholia_set_warnings target)
    scholia_set_warning_flags(${target})
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# scholia_add_library(NAME SOURCES ... LIBS ... [PRIVATE_LIBS ...]): a static module library
# under src/. LIBS are linked PUBLIC (the module's headers use them), PRIVATE_LIBS PRIVATE
# (only its sources do; a static library still passes them on to the final link).
function(scholia_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    if(ARG_PRIVATE_LIBS)
        target_link_libraries(${name} PRIVATE ${ARG_PRIVATE_LIBS})
    endif()
    scholia_set_warnings(${name})
endfunction()

# scholia_add_test(NAME SOURCES ... LIBS ... [WEBENGINE]): one Qt Test executable, one CTest test.
# Every test runs headless; WebEngine tests also need the sandbox off because CI runs as root.
function(scholia_add_test name)
    cmake_parse_arguments(ARG "WEBENGINE" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        SCHOLIA_TEST_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
        SCHOLIA_SHARED_FIXTURES="${PROJECT_SOURCE_DIR}/../shared/fixtures"
        SCHOLIA_BINARY="$<TARGET_FILE:scholia>")
    scholia_set_warning_flags(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "HOME=${CMAKE_BINARY_DIR}/test-home"
            "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data"
            "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config")
    if(ARG_WEBENGINE)
        list(APPEND env "QTWEBENGINE_DISABLE_SANDBOX=1"
                        "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --disable-dev-shm-usage")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # ASan's allocator makes allocation-heavy tests far slower (tst_mboximporter's
    # 100 000-message chains: 5 s → 280 s on a loaded machine, past the default 300 s once),
    # and ctest --timeout cannot raise a TIMEOUT that is already set.
    if(SCHOLIA_SANITIZE)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 4")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
    # The label lets `ctest -LE webengine` leave out what needs Chromium (make test-asan).
    if(ARG_WEBENGINE)
        set_tests_properties(${name} PROPERTIES LABELS webengine)
    endif()
endfunction()

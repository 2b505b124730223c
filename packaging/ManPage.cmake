# Writes scholia.1 from scholia.1.in, filling @SCHOLIA_SUBCOMMANDS@ with one section per
# subcommand made from its own --help, so the page never disagrees with the program.
# cmake -DSCHOLIA=path/to/scholia -DTEMPLATE=scholia.1.in -DOUTPUT=scholia.1
#       -DPROJECT_VERSION=x.y.z -P ManPage.cmake
cmake_minimum_required(VERSION 3.25)

# English help whatever the builder's locale; `scholia export` makes a QGuiApplication.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(scholia_help out)
    execute_process(COMMAND ${SCHOLIA} ${ARGN} --help
                    OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "scholia ${ARGN} --help failed (${status}): ${errors}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text → roff: backslashes escaped, a leading dot or quote made harmless.
function(roff_text out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# "  -o, --output <FILE>" → ".BR \-o ", " \-\-output " " \fIFILE\fR" style roff.
function(roff_option out spec)
    string(REGEX REPLACE "<([^>]+)>" "\\\\fI\\1\\\\fR" spec "${spec}")
    string(REPLACE "-" "\\-" spec "${spec}")
    string(REGEX REPLACE "(\\\\-[\\\\a-zA-Z-]+)" "\\\\fB\\1\\\\fR" spec "${spec}")
    set(${out} "${spec}" PARENT_SCOPE)
endfunction()

# One subcommand's QCommandLineParser help → .SS heading, description, .TP per entry.
function(subcommand_section out name)
    scholia_help(help ${name})
    string(REPLACE ";" "\\;" help "${help}")
    string(REPLACE "\n" ";" lines "${help}")
    set(roff "")
    set(part "head")
    set(entry "")
    set(text "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^Usage: .*\\[options\\](.*)$")
            roff_text(arguments "${CMAKE_MATCH_1}")
            string(APPEND roff ".SS \"${name}\"\n\\fBscholia ${name}\\fR [\\fIoptions\\fR]\\fI${arguments}\\fR\n.PP\n")
            set(part "description")
        elseif(line STREQUAL "Options:" OR line STREQUAL "Arguments:")
            set(part "${line}")
        elseif(line STREQUAL "")
            continue()
        elseif(part STREQUAL "description")
            roff_text(line "${line}")
            string(APPEND roff "${line}\n")
        elseif(line MATCHES "^  ([^ ]+( [^ ]+)*)  +(.+)$")
            # a new option or argument: its name, then its description
            if(part STREQUAL "Arguments:")
                roff_text(spec "${CMAKE_MATCH_1}")
                set(spec "\\fI${spec}\\fR")
            else()
                roff_option(spec "${CMAKE_MATCH_1}")
            endif()
            roff_text(description "${CMAKE_MATCH_3}")
            string(APPEND roff ".TP\n${spec}\n${description}\n")
        elseif(line MATCHES "^ +(.*)$")
            # the wrapped rest of a description
            roff_text(more "${CMAKE_MATCH_1}")
            string(APPEND roff "${more}\n")
        endif()
    endforeach()
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

# The subcommands, in the order `scholia --help` lists them.
scholia_help(usage)
string(REGEX MATCH "Subcommands:\n(([^\n]+\n)+)" block "${usage}")
string(REGEX MATCHALL "\n  [a-z]+ " names "\n${CMAKE_MATCH_1}")
if(NOT names)
    message(FATAL_ERROR "no subcommands found in scholia --help:\n${usage}")
endif()
set(SCHOLIA_SUBCOMMANDS "")
foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    subcommand_section(section ${name})
    string(APPEND SCHOLIA_SUBCOMMANDS "${section}")
endforeach()
string(REGEX REPLACE "\n$" "" SCHOLIA_SUBCOMMANDS "${SCHOLIA_SUBCOMMANDS}")
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)

# Packaging test driver (cmake -P): the committed man page of PROGRAM documents every option its
# --help lists (run without a display). Regenerate with scripts/update-man-pages.sh.
# Variables (-D): PROGRAM (name), BINARY, PAGE.
if(NOT EXISTS "${PAGE}")
    message(FATAL_ERROR "FAILED: ${PROGRAM} has no man page ${PAGE} (scripts/update-man-pages.sh)")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
        "${BINARY}" --help
    RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "FAILED: ${PROGRAM} --help (exit ${rc}):\n${help}${err}")
endif()
file(READ "${PAGE}" page)
string(REPLACE "\\-" "-" page "${page}")
string(REGEX MATCHALL "--[a-z][a-z0-9-]*" options "${help}")
list(REMOVE_DUPLICATES options)
set(missing)
foreach(option IN LISTS options)
    string(FIND "${page}" "${option}" pos)
    if(pos EQUAL -1)
        list(APPEND missing "${option}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "FAILED: man page of ${PROGRAM} lacks ${missing}: run scripts/update-man-pages.sh")
endif()
list(LENGTH options n)
message(STATUS "${PROGRAM}: the man page documents all ${n} options")

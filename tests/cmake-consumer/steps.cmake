# Shared by the packaging test drivers (cmake -P).

# packaging_test_setup(<script> <required variable>…): fails when a -D variable is missing, then
# empties WORK_DIR and sets `stage` (a staging prefix) and `log_dir` (step logs) under it.
macro(packaging_test_setup script)
    foreach(var ${ARGN})
        if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
            message(FATAL_ERROR "${script}: ${var} is not set")
        endif()
    endforeach()
    set(stage "${WORK_DIR}/stage")
    set(log_dir "${WORK_DIR}/logs")
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${stage}" "${log_dir}")
endmacro()

# step(<name> [EXPECT <regex>] COMMAND <args>…): runs the command, fails on a non-zero exit or
# when the output does not match EXPECT. Output goes to logs/<name>.log and, on failure, here.
function(step name)
    cmake_parse_arguments(ARG "" "EXPECT" "COMMAND" ${ARGN})
    string(TIMESTAMP t0 "%s")
    execute_process(COMMAND ${ARG_COMMAND}
        RESULT_VARIABLE rc
        OUTPUT_VARIABLE out
        ERROR_VARIABLE out)
    string(TIMESTAMP t1 "%s")
    math(EXPR secs "${t1} - ${t0}")
    file(WRITE "${log_dir}/${name}.log" "${out}")
    if(NOT rc STREQUAL "0")
        message(FATAL_ERROR "FAILED step '${name}' (exit ${rc}):\n  ${ARG_COMMAND}\n${out}")
    endif()
    if(DEFINED ARG_EXPECT AND NOT out MATCHES "${ARG_EXPECT}")
        message(FATAL_ERROR "FAILED step '${name}': output does not match '${ARG_EXPECT}':\n${out}")
    endif()
    message(STATUS "ok   ${name} (${secs} s)")
    set(STEP_OUTPUT "${out}" PARENT_SCOPE)
endfunction()


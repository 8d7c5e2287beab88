# Shared by the packaging test drivers (cmake -P). Needs log_dir set by the includer.
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


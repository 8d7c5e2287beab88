# Settings of our own targets; call cloacina_strict_warnings(target) on each: C++17 as a target
# requirement, full warnings, and warnings as errors when CLOACINA_WERROR is on (CI).
function(cloacina_strict_warnings target)
    target_compile_features(${target} PRIVATE cxx_std_17)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CLOACINA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # qCDebug(cat) << … expands to a variadic macro call with no arguments.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# Packaging test driver (cmake -P): the examples build on their own against the installed SDK.
# Installs the build tree into a staging prefix, then configures ONE project that adds every
# example folder (each a CMake project with its own find_package(CloacinaQt)) and builds them in
# one go, then runs one of them. Any failing step ends the script with FATAL_ERROR.
#
# Variables (-D): BUILD_DIR, EXAMPLES_DIR, EXAMPLES (list), WORK_DIR, GENERATOR, CXX_COMPILER,
# BUILD_TYPE, LIBDIR, QMLDIR, QT6_DIR, RELOCATABLE, SANITIZER_FLAGS.
cmake_minimum_required(VERSION 3.21)

include("${CMAKE_CURRENT_LIST_DIR}/steps.cmake")   # packaging_test_setup(), step()
packaging_test_setup(run_examples.cmake BUILD_DIR EXAMPLES_DIR EXAMPLES WORK_DIR GENERATOR CXX_COMPILER LIBDIR)

step(install COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${stage}")

# One configure and one build for all examples keeps this test short; each folder still finds
# the SDK by itself (the parent project does not call find_package).
set(super "${WORK_DIR}/examples-src")
file(MAKE_DIRECTORY "${super}")
set(text "cmake_minimum_required(VERSION 3.21)\nproject(cloacina_examples LANGUAGES CXX)\n")
foreach(example IN LISTS EXAMPLES)
    string(APPEND text "add_subdirectory(\"${EXAMPLES_DIR}/${example}\" \"${example}\")\n")
endforeach()
file(WRITE "${super}/CMakeLists.txt" "${text}")

if(NOT BUILD_TYPE)
    set(BUILD_TYPE Release)
endif()
set(qt_hint)
if(QT6_DIR)
    set(qt_hint "-DQt6_DIR=${QT6_DIR}")
endif()
set(build "${WORK_DIR}/examples-build")
step(examples_configure
    COMMAND ${CMAKE_COMMAND} -S "${super}" -B "${build}" -G "${GENERATOR}"
        "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
        "-DCMAKE_PREFIX_PATH=${stage}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF ${qt_hint}
        "-DCMAKE_CXX_FLAGS=${SANITIZER_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${SANITIZER_FLAGS}")
step(examples_build COMMAND ${CMAKE_COMMAND} --build "${build}")
foreach(example IN LISTS EXAMPLES)
    if(NOT EXISTS "${build}/${example}/${example}")
        message(FATAL_ERROR "FAILED: ${example} was not built")
    endif()
endforeach()

# They run from the staged install: without a key, list-failed-runs stops with its usage status.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=CLOACINA_API_KEY --unset=LD_LIBRARY_PATH
        "${build}/list-failed-runs/list-failed-runs" --server http://127.0.0.1:9
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 2 OR NOT out MATCHES "CLOACINA_API_KEY")
    message(FATAL_ERROR "FAILED: list-failed-runs without a key (exit ${rc}, expected 2):\n${out}")
endif()
message(STATUS "examples_standalone: ${EXAMPLES} built against ${stage}")

# Packaging test driver (cmake -P): builds the Debian packages of the current build tree with
# CPack into WORK_DIR, checks each one's contents (dpkg-deb -c) and control fields (dpkg-deb -f),
# then runs lintian on all of them and fails on any error (warnings are printed, not fatal).
# Paths inside the packages are /usr/<relative install dir>, as CPack installs with prefix /usr.
#
# Variables (-D): BUILD_DIR, WORK_DIR, CPACK, DPKG_DEB, LINTIAN (optional), VERSION, LIBDIR,
# INCLUDEDIR, CMAKEDIR, QMLDIR, EXPECT_QML, PROGRAMS, EXPECT_DOCS, EXPECT_CORO.
cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# The -doc package needs the HTML reference: build the `docs` target first (a few seconds).
if(EXPECT_DOCS)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target docs
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc STREQUAL "0")
        message(FATAL_ERROR "FAILED: the docs target:\n${out}")
    endif()
endif()

execute_process(COMMAND "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(WRITE "${WORK_DIR}/cpack.log" "${out}")
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "FAILED: cpack -G DEB (exit ${rc}):\n${out}")
endif()
message(STATUS "ok   cpack")

set(deb_version "${VERSION}-1")
# deb(<package> <arch>): the path of that package's file, or a failure.
function(deb_of package arch out_var)
    set(file "${WORK_DIR}/${package}_${deb_version}_${arch}.deb")
    if(NOT EXISTS "${file}")
        file(GLOB all "${WORK_DIR}/*.deb")
        message(FATAL_ERROR "FAILED: no ${package}_${deb_version}_${arch}.deb; built: ${all}")
    endif()
    set(${out_var} "${file}" PARENT_SCOPE)
endfunction()

# check(<package> <arch> CONTAINS <entries…> [FIELDS <regex…>]).
function(check package arch)
    cmake_parse_arguments(ARG "" "" "CONTAINS;FIELDS" ${ARGN})
    deb_of(${package} ${arch} file)
    execute_process(COMMAND "${DPKG_DEB}" -c "${file}" RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
    if(NOT rc STREQUAL "0")
        message(FATAL_ERROR "FAILED: dpkg-deb -c ${file}: ${err}")
    endif()
    file(WRITE "${WORK_DIR}/${package}.contents.txt" "${listing}")
    list(APPEND ARG_CONTAINS "./usr/share/doc/${package}/copyright" "./usr/share/doc/${package}/changelog.Debian.gz")
    foreach(entry IN LISTS ARG_CONTAINS)
        string(FIND "${listing}" "${entry}\n" pos)
        if(pos EQUAL -1)
            message(FATAL_ERROR "FAILED: ${package} lacks ${entry}\n${listing}")
        endif()
    endforeach()
    if(listing MATCHES "_p\\.h\n" OR listing MATCHES "cloacina-rasterize-icon")
        message(FATAL_ERROR "FAILED: ${package} holds private headers or build tools:\n${listing}")
    endif()
    execute_process(COMMAND "${DPKG_DEB}" -f "${file}" Package Version Maintainer Section Depends Description
        RESULT_VARIABLE rc OUTPUT_VARIABLE fields ERROR_VARIABLE err)
    list(APPEND ARG_FIELDS "Package: ${package}\n" "Version: ${deb_version}\n" "Maintainer: [^\n]+<[^\n]+@[^\n]+>")
    foreach(re IN LISTS ARG_FIELDS)
        if(NOT fields MATCHES "${re}")
            message(FATAL_ERROR "FAILED: ${package}: control fields do not match '${re}':\n${fields}")
        endif()
    endforeach()
    message(STATUS "ok   ${package}")
endfunction()

execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
set(own "libcloacina-qt0 \\(= ${deb_version}\\)")

check(libcloacina-qt0 ${arch}
    CONTAINS "./usr/${LIBDIR}/libcloacina-qt.so.${VERSION}"
             "./usr/${LIBDIR}/libcloacina-qt.so.0 -> libcloacina-qt.so.${VERSION}"
    FIELDS "Section: libs" "Depends: [^\n]*libqt6core6" "Depends: [^\n]*libqt6network6"
           "Depends: [^\n]*libqt6websockets6" "Depends: [^\n]*libtomlplusplus3")
deb_of(libcloacina-qt0 ${arch} runtime_deb)
execute_process(COMMAND "${DPKG_DEB}" --ctrl-tarfile "${runtime_deb}" COMMAND tar -xO ./triggers ./shlibs
    OUTPUT_VARIABLE control)
if(NOT control MATCHES "activate-noawait ldconfig" OR NOT control MATCHES "libcloacina-qt 0 libcloacina-qt0")
    message(FATAL_ERROR "FAILED: libcloacina-qt0 lacks its ldconfig trigger or shlibs:\n${control}")
endif()

check(libcloacina-qt-dev ${arch}
    CONTAINS "./usr/${LIBDIR}/libcloacina-qt.so -> libcloacina-qt.so.0"
             "./usr/${INCLUDEDIR}/cloacina/cloacinaclient.h"
             "./usr/${INCLUDEDIR}/cloacina/types.h"
             "./usr/${INCLUDEDIR}/cloacina/cloacina_export.h"
             "./usr/${CMAKEDIR}/CloacinaQtConfig.cmake"
             "./usr/${CMAKEDIR}/CloacinaQtConfigVersion.cmake"
             "./usr/${CMAKEDIR}/CloacinaQtTargets.cmake"
             "./usr/${LIBDIR}/pkgconfig/cloacina-qt.pc"
    FIELDS "Section: libdevel" "Depends: [^\n]*${own}" "Depends: [^\n]*qt6-base-dev")

if(EXPECT_CORO)
    check(libcloacina-qt-coro-dev ${arch}
        CONTAINS "./usr/${INCLUDEDIR}/cloacina/coro.h" "./usr/${CMAKEDIR}/CloacinaQtCoroTargets.cmake"
        FIELDS "Depends: [^\n]*libcloacina-qt-dev \\(= ${deb_version}\\)" "Depends: [^\n]*qcoro-qt6-dev")
endif()
if(EXPECT_QML)
    check(qml6-module-cloacina ${arch}
        CONTAINS "./usr/${QMLDIR}/Cloacina/qmldir" "./usr/${QMLDIR}/Cloacina/libcloacinaqmlplugin.so"
        FIELDS "Depends: [^\n]*${own}" "Depends: [^\n]*libqt6qml6")
endif()
set(monitor_files)
set(tools_files)
foreach(program IN LISTS PROGRAMS)
    if(program MATCHES "^cloacina-monitor")
        list(APPEND monitor_files "./usr/bin/${program}" "./usr/share/man/man1/${program}.1.gz")
    else()
        list(APPEND tools_files "./usr/bin/${program}" "./usr/share/man/man1/${program}.1.gz")
    endif()
endforeach()
if(monitor_files)
    if("cloacina-monitor" IN_LIST PROGRAMS)
        list(APPEND monitor_files
            "./usr/share/applications/cloacina-monitor.desktop"
            "./usr/share/icons/hicolor/scalable/apps/cloacina-monitor.svg"
            "./usr/share/icons/hicolor/48x48/apps/cloacina-monitor.png")
    endif()
    check(cloacina-monitor ${arch} CONTAINS ${monitor_files}
        FIELDS "Depends: [^\n]*${own}" "Depends: [^\n]*qml6-module-qtquick-controls")
endif()
if(tools_files)
    check(cloacina-tools ${arch} CONTAINS ${tools_files} FIELDS "Depends: [^\n]*${own}")
endif()
if(EXPECT_DOCS)
    check(cloacina-qt-doc all CONTAINS "./usr/share/doc/cloacina-qt-doc/html/index.html"
        "./usr/share/doc/cloacina-qt-doc/html/classCloacina_1_1CloacinaClient.html" FIELDS "Section: doc")
endif()

# --- lintian ----------------------------------------------------------------------------------------
if(NOT LINTIAN)
    message(STATUS "packaging_deb: all checks passed (lintian not installed: not run)")
    return()
endif()
file(GLOB debs "${WORK_DIR}/*.deb")
# Only errors fail. A sanitized build (CI) packages binaries linked with libasan/libubsan; what
# lintian says about that (hardening, the sanitizer runtimes in Depends) is at most a warning,
# so the same test holds for both builds, and the warnings stay visible in the log.
execute_process(COMMAND "${LINTIAN}" --no-cfg --fail-on error --display-level ">=warning" ${debs}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(WRITE "${WORK_DIR}/lintian.log" "${out}")
if(NOT rc STREQUAL "0" OR out MATCHES "(^|\n)E: ")
    message(FATAL_ERROR "FAILED: lintian reports errors (exit ${rc}):\n${out}")
endif()
message(STATUS "lintian (errors fail the test; warnings listed):\n${out}")
message(STATUS "packaging_deb: all checks passed")

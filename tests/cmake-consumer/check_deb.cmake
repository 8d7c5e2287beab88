# Packaging test driver (cmake -P): builds the Debian package of the current build tree with
# CPack into WORK_DIR and checks its contents (dpkg-deb -c) and control fields (dpkg-deb -f).
# Paths inside the package are /usr/<relative install dir>, as CPack installs with prefix /usr.
#
# Variables (-D): BUILD_DIR, WORK_DIR, CPACK, DPKG_DEB, VERSION, LIBDIR, INCLUDEDIR, CMAKEDIR,
# QMLDIR, EXPECT_QML, PROGRAMS.
cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

execute_process(COMMAND "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(WRITE "${WORK_DIR}/cpack.log" "${out}")
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "FAILED: cpack -G DEB (exit ${rc}):\n${out}")
endif()
file(GLOB debs "${WORK_DIR}/cloacina-qt_*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "FAILED: expected one cloacina-qt_*.deb in ${WORK_DIR}, found: ${debs}\n${out}")
endif()
message(STATUS "ok   cpack: ${debs}")

execute_process(COMMAND "${DPKG_DEB}" -c "${debs}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "FAILED: dpkg-deb -c: ${err}")
endif()
file(WRITE "${WORK_DIR}/contents.txt" "${listing}")

set(expected
    "./usr/${LIBDIR}/libcloacina-qt.so.${VERSION}"
    "./usr/${LIBDIR}/libcloacina-qt.so.0 -> libcloacina-qt.so.${VERSION}"
    "./usr/${LIBDIR}/libcloacina-qt.so -> libcloacina-qt.so.0"
    "./usr/${INCLUDEDIR}/cloacina/cloacinaclient.h"
    "./usr/${INCLUDEDIR}/cloacina/types.h"
    "./usr/${INCLUDEDIR}/cloacina/cloacina_export.h"
    "./usr/${CMAKEDIR}/CloacinaQtConfig.cmake"
    "./usr/${CMAKEDIR}/CloacinaQtConfigVersion.cmake"
    "./usr/${CMAKEDIR}/CloacinaQtTargets.cmake"
    "./usr/${LIBDIR}/pkgconfig/cloacina-qt.pc")
foreach(program IN LISTS PROGRAMS)
    list(APPEND expected "./usr/bin/${program}")
endforeach()
if("cloacina-conformance" IN_LIST PROGRAMS)
    list(APPEND expected "./usr/share/man/man1/cloacina-conformance.1")
endif()
if(EXPECT_QML)
    list(APPEND expected "./usr/${QMLDIR}/Cloacina/qmldir" "./usr/${QMLDIR}/Cloacina/libcloacinaqmlplugin.so")
endif()
if("cloacina-monitor" IN_LIST PROGRAMS)
    list(APPEND expected
        "./usr/share/applications/cloacina-monitor.desktop"
        "./usr/share/icons/hicolor/scalable/apps/cloacina-monitor.svg"
        "./usr/share/icons/hicolor/48x48/apps/cloacina-monitor.png")
endif()
foreach(entry IN LISTS expected)
    string(FIND "${listing}" "${entry}\n" pos)
    if(pos EQUAL -1)
        message(FATAL_ERROR "FAILED: the package lacks ${entry}\n${listing}")
    endif()
endforeach()
if(listing MATCHES "_p\\.h\n" OR listing MATCHES "cloacina-rasterize-icon")
    message(FATAL_ERROR "FAILED: the package holds private headers or build tools:\n${listing}")
endif()
message(STATUS "ok   contents (${WORK_DIR}/contents.txt)")

execute_process(COMMAND "${DPKG_DEB}" -f "${debs}" Package Version Maintainer Section Depends
    RESULT_VARIABLE rc OUTPUT_VARIABLE fields ERROR_VARIABLE err)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "FAILED: dpkg-deb -f: ${err}")
endif()
message(STATUS "control fields:\n${fields}")
foreach(re "Package: cloacina-qt\n" "Version: ${VERSION}-1\n" "Maintainer: [^\n]+<[^\n]+@[^\n]+>"
        "Depends: [^\n]*libqt6core6" "Depends: [^\n]*libqt6network6" "Depends: [^\n]*libqt6websockets6")
    if(NOT fields MATCHES "${re}")
        message(FATAL_ERROR "FAILED: control fields do not match '${re}':\n${fields}")
    endif()
endforeach()
if("cloacina-monitor-qml" IN_LIST PROGRAMS AND NOT fields MATCHES "Depends: [^\n]*qml6-module-qtquick-controls")
    message(FATAL_ERROR "FAILED: Depends lacks the QML runtime modules:\n${fields}")
endif()
message(STATUS "packaging_deb: all checks passed")

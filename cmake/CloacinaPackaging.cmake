# CPack: Debian packages split as Debian splits a Qt library (one package per install component,
# see cmake/CloacinaInstall.cmake for what each holds). Included from the top-level
# CMakeLists.txt after cmake/CloacinaInstall.cmake.
#
#   libcloacina-qt0        the shared library (SONAME libcloacina-qt.so.0), ldconfig trigger
#   libcloacina-qt-dev     headers, the .so link, CMake package and pkg-config file
#   libcloacina-qt-coro-dev  the optional C++20 coroutine integration (cloacina/coro.h, QCoro)
#   qml6-module-cloacina   the QML module `Cloacina`
#   cloacina-monitor       cloacina-monitor and cloacina-monitor-qml, desktop entry, icons
#   cloacina-tools         cloacina-follow, cloacina-conformance and the cloacina-sim simulator
#   cloacina-qt-doc        the HTML API reference (build the `docs` target first)
#
# Each holds /usr/share/doc/<package>/copyright and changelog.Debian.gz; programs have man
# pages. tests/cmake-consumer/check_deb.cmake checks the contents and runs lintian.
#
#   cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build-deb && cmake --build build-deb --target docs && (cd build-deb && cpack -G DEB)
#   # or simply scripts/build-deb.sh
#
# Configure with CMAKE_INSTALL_PREFIX=/usr: GNUInstallDirs then picks the multiarch libdir
# (lib/x86_64-linux-gnu), where Debian's Qt also looks for QML modules, and no RPATH is set.

set(CLOACINA_PACKAGE_MAINTAINER "cloacina-qt maintainers <cloacina-qt@example.org>"
    CACHE STRING "Maintainer field of the Debian packages (\"Name <email>\")")

set(CPACK_PACKAGE_NAME "cloacina-qt")
set(CPACK_PACKAGE_VENDOR "cloacina-qt")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${CLOACINA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/colliery-io/cloacina")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
# Install with the real prefix into a DESTDIR (not into a prefix inside the staging folder),
# so that files written at install time with absolute paths (cloacina-qt.pc) say /usr.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

find_program(CLOACINA_DPKG_EXECUTABLE dpkg)
if(CLOACINA_DPKG_EXECUTABLE)
    set(CPACK_GENERATOR "DEB")
else()
    set(CPACK_GENERATOR "TGZ")
endif()

# --- Components -> packages -----------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING IGNORE)   # one package per component
set(CPACK_COMPONENTS_ALL "")
set(_pairs ${CLOACINA_PACKAGE_NAMES})   # from CloacinaInstall.cmake: component, package, …
while(_pairs)
    list(POP_FRONT _pairs _component _package)
    list(APPEND CPACK_COMPONENTS_ALL ${_component})
    string(TOUPPER "${_component}" _upper)
    set(CPACK_DEBIAN_${_upper}_PACKAGE_NAME "${_package}")
    set(CPACK_DEBIAN_${_upper}_FILE_NAME DEB-DEFAULT)   # <package>_<version>-<release>_<arch>.deb
endwhile()
unset(_pairs)
unset(_upper)

# Dependencies between our own packages, as `name (= version-release)`.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS Runtime)
set(CPACK_COMPONENT_QML_DEPENDS Runtime)
set(CPACK_COMPONENT_MONITOR_DEPENDS Runtime)
set(CPACK_COMPONENT_TOOLS_DEPENDS Runtime)
set(CPACK_COMPONENT_CORO_DEPENDS Development)

set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
"Qt 6 client library for the cloacina-server workflow orchestrator
libcloacina-qt is a Qt 6 C++ client for cloacina-server: all REST operations
with typed results and one typed error value, live execution event streams,
and an execution follower merging history, pushes and polling.
.
This package holds the shared library.")
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
"Qt 6 client library for cloacina-server - development files
libcloacina-qt is a Qt 6 C++ client for the cloacina-server workflow
orchestrator.
.
This package holds the headers, the CMake package (find_package(CloacinaQt))
and the pkg-config file (cloacina-qt).")
set(CPACK_COMPONENT_CORO_DESCRIPTION
"C++20 coroutine integration of the Qt 6 cloacina-server client
With QCoro, every call of the cloacina-qt SDK can be co_awaited (co_await
client.listExecutions(query)), as can the end of an execution follower.
.
This package holds the header cloacina/coro.h and the CMake component
find_package(CloacinaQt COMPONENTS Coro).")
set(CPACK_COMPONENT_QML_DESCRIPTION
"Qt 6 QML module for cloacina-server
The QML module Cloacina (import Cloacina) exposes the cloacina-qt client, an
execution follower and item models of executions, tasks and events to Qt
Quick applications.")
set(CPACK_COMPONENT_MONITOR_DESCRIPTION
"operator monitors for the cloacina-server workflow orchestrator
cloacina-monitor (Qt Widgets) and cloacina-monitor-qml (Qt Quick) show the
failed runs of a cloacina-server at a glance and the live events, tasks,
timeline and task graph of the selected run.")
set(CPACK_COMPONENT_TOOLS_DESCRIPTION
"command-line tools for the cloacina-server workflow orchestrator
cloacina-follow follows one execution and prints one JSON object per event.
cloacina-conformance checks that a server and this SDK agree on the contract.
cloacina-sim simulates a cloacina-server (REST and WebSockets, workload and
fault injection) for tests, demos and benchmarks.")
set(CPACK_COMPONENT_DOCUMENTATION_DESCRIPTION
"Qt 6 client library for cloacina-server - API reference
The HTML reference of the cloacina-qt SDK and its guides, generated by
Doxygen.")

# --- Debian ---------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CLOACINA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_CORO_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_CORO_PACKAGE_DEPENDS "qcoro-qt6-dev (>= 0.8)")
set(CPACK_DEBIAN_QML_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_MONITOR_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_DOCUMENTATION_PACKAGE_SECTION "doc")
set(CPACK_DEBIAN_DOCUMENTATION_PACKAGE_ARCHITECTURE "all")
# Library dependencies (Qt, libstdc++, toml++, QtKeychain, …) come from dpkg-shlibdeps. Our own
# libcloacina-qt.so.0 is in another component's staging folder: dpkg-shlibdeps is told it is
# private (../Runtime/<libdir>, relative to each component's folder), and the component
# dependencies above add `libcloacina-qt0 (= version)` instead.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(REGEX REPLACE "^/" "" _cloacina_pkg_prefix "${CPACK_PACKAGING_INSTALL_PREFIX}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
    "${_cloacina_pkg_prefix}/${CMAKE_INSTALL_LIBDIR}"
    "../Runtime/${_cloacina_pkg_prefix}/${CMAKE_INSTALL_LIBDIR}")
unset(_cloacina_pkg_prefix)
# The shlibs file of libcloacina-qt0, and an ldconfig trigger (CPack 3.25 would write ldconfig
# calls into postinst/postrm instead, which lintian rejects; the trigger replaces them).
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# The empty postinst/postrm stop CPack from writing its own, which call ldconfig.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/triggers"
    "${PROJECT_SOURCE_DIR}/packaging/postinst" "${PROJECT_SOURCE_DIR}/packaging/postrm")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What dpkg-shlibdeps cannot see: QML modules and Qt plugins loaded at run time by the monitors
# (QtQuick, Controls with the Fusion style, Layouts; the SVG icon engine for the toolbar icons).
set(CPACK_DEBIAN_MONITOR_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, libqt6svg6")
set(CPACK_DEBIAN_MONITOR_PACKAGE_RECOMMENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_QML_PACKAGE_DEPENDS "qml6-module-qtqml, qml6-module-qtqml-models")
# find_package(CloacinaQt) and pkg-config resolve Qt6 Core and Network.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "qt6-base-dev")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SUGGESTS "cloacina-qt-doc, cmake, pkg-config")

if(CLOACINA_DPKG_EXECUTABLE AND NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    message(STATUS "cloacina-qt: CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX}; "
        "configure with -DCMAKE_INSTALL_PREFIX=/usr before running cpack -G DEB "
        "(multiarch libdir, Qt's QML folder, no RPATH)")
endif()

include(CPack)

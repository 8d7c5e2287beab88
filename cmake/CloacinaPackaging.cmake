# CPack: a Debian package `cloacina-qt` holding the SDK (library, headers, CMake package,
# pkg-config file), the QML module and the programs. Included from the top-level
# CMakeLists.txt after cmake/CloacinaInstall.cmake.
#
#   cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build-deb && (cd build-deb && cpack -G DEB)   # or scripts/build-deb.sh
#
# Configure with CMAKE_INSTALL_PREFIX=/usr: GNUInstallDirs then picks the multiarch libdir
# (lib/x86_64-linux-gnu), where Debian's Qt also looks for QML modules, and no RPATH is set.

set(CLOACINA_PACKAGE_MAINTAINER "cloacina-qt maintainers <cloacina-qt@example.org>"
    CACHE STRING "Maintainer field of the Debian package (\"Name <email>\")")

set(CPACK_PACKAGE_NAME "cloacina-qt")
set(CPACK_PACKAGE_VENDOR "cloacina-qt")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${CLOACINA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/colliery-io/cloacina")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Qt 6 client SDK and tools for the cloacina-server workflow orchestrator")
set(CPACK_PACKAGE_DESCRIPTION
"cloacina-qt is a Qt 6 C++ client for cloacina-server: all REST operations with typed
results and one typed error value, live execution event streams, and an execution
follower merging history, pushes and polling. The package holds the shared library
libcloacina-qt with its headers, CMake package (find_package(CloacinaQt)) and
pkg-config file (cloacina-qt), the QML module Cloacina, the operator monitors
cloacina-monitor (Qt Widgets) and cloacina-monitor-qml (Qt Quick), the cloacina-follow
command line tool, the cloacina-conformance server checker and the cloacina-sim server
simulator.")
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

# --- Debian ---------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "cloacina-qt")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)               # cloacina-qt_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CLOACINA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# Library dependencies (Qt, libstdc++, QtKeychain, …) come from dpkg-shlibdeps; our own
# libcloacina-qt.so.0 is found in the package tree. The shlibs file and ldconfig triggers are
# generated for it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps runs in the staging folder: the relative path is the package's own libdir.
string(REGEX REPLACE "^/" "" _cloacina_pkg_prefix "${CPACK_PACKAGING_INSTALL_PREFIX}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${_cloacina_pkg_prefix}/${CMAKE_INSTALL_LIBDIR}")
unset(_cloacina_pkg_prefix)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# What dpkg-shlibdeps cannot see: QML modules and Qt plugins loaded at run time by the monitors
# (QtQuick, Controls with the Fusion style, Layouts; the SVG icon engine for the toolbar icons).
if(TARGET cloacina-monitor OR TARGET cloacina-monitor-qml)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins")
endif()
# Building against the SDK needs Qt's development files (find_package(CloacinaQt) and
# pkg-config resolve Qt6 Core and Network).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-base-dev, cmake, pkg-config")

if(CLOACINA_DPKG_EXECUTABLE AND NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    message(STATUS "cloacina-qt: CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX}; "
        "configure with -DCMAKE_INSTALL_PREFIX=/usr before running cpack -G DEB "
        "(multiarch libdir, Qt's QML folder, no RPATH)")
endif()

include(CPack)

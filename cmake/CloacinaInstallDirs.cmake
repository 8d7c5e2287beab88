# Install layout and RPATH policy. Included from the top-level CMakeLists.txt BEFORE any target
# is created: INSTALL_RPATH is initialised from CMAKE_INSTALL_RPATH when a target is defined.
include(GNUInstallDirs)

# Install folders, relative to the prefix. Each can be set on the command line; left empty it
# follows CMAKE_INSTALL_LIBDIR/INCLUDEDIR (which GNUInstallDirs recomputes when the prefix
# changes: lib/x86_64-linux-gnu for /usr on Debian, lib elsewhere).
set(CLOACINA_INSTALL_INCLUDEDIR "" CACHE STRING
    "Install folder of the public headers (empty: <includedir>/cloacina-qt)")
set(CLOACINA_INSTALL_CMAKEDIR "" CACHE STRING
    "Install folder of the CloacinaQt CMake package (empty: <libdir>/cmake/CloacinaQt)")
set(CLOACINA_INSTALL_QMLDIR "" CACHE STRING
    "Install folder of QML modules (empty: <libdir>/qt6/qml)")
# Headers go one level down so that `#include <cloacina/…>` cannot collide with another
# project's `cloacina/` folder in /usr/include.
if(NOT CLOACINA_INSTALL_INCLUDEDIR)
    set(CLOACINA_INSTALL_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}/cloacina-qt")
endif()
if(NOT CLOACINA_INSTALL_CMAKEDIR)
    set(CLOACINA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/CloacinaQt")
endif()
# Debian's Qt looks for QML modules in /usr/lib/<multiarch>/qt6/qml, which is what this gives
# with CMAKE_INSTALL_PREFIX=/usr. Elsewhere, add <prefix>/<libdir>/qt6/qml to QML_IMPORT_PATH.
if(NOT CLOACINA_INSTALL_QMLDIR)
    set(CLOACINA_INSTALL_QMLDIR "${CMAKE_INSTALL_LIBDIR}/qt6/qml")
endif()

# RPATH. qt_standard_project_setup() (called before this file) appends `$ORIGIN;$ORIGIN/../lib`
# to CMAKE_INSTALL_RPATH for every prefix; we replace that with our own choice:
# - a system prefix (/usr: the libdir is one of the linker's implicit folders) gets no RPATH,
#   as Debian policy wants; the dynamic loader finds libcloacina-qt there anyway;
# - any other prefix gets a relocatable RPATH ($ORIGIN/../<libdir> for programs; the QML plugin
#   sets its own, see CloacinaQmlPlugin.cmake), so `cmake --install . --prefix ~/opt/cloacina`
#   works without LD_LIBRARY_PATH, plus the folders of non-system link dependencies (a Qt in
#   ~/Qt/6.x).
# The choice is made at configure time from CMAKE_INSTALL_PREFIX (`cmake --install --prefix`
# cannot change it). -DCMAKE_INSTALL_RPATH=… on the command line overrides it.
if(DEFINED CACHE{CMAKE_INSTALL_RPATH})
    # qt_standard_project_setup() appended its entries to the user's value; drop them.
    set(CMAKE_INSTALL_RPATH "$CACHE{CMAKE_INSTALL_RPATH}")
else()
    set(_cloacina_system_libdir FALSE)
    foreach(dir IN LISTS CMAKE_PLATFORM_IMPLICIT_LINK_DIRECTORIES CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
        if(dir STREQUAL CMAKE_INSTALL_FULL_LIBDIR)
            set(_cloacina_system_libdir TRUE)
        endif()
    endforeach()
    if(_cloacina_system_libdir)
        set(CMAKE_INSTALL_RPATH "")
        set(CMAKE_INSTALL_RPATH_USE_LINK_PATH OFF)
    else()
        file(RELATIVE_PATH _cloacina_bin_to_lib
            "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
        set(CMAKE_INSTALL_RPATH "$ORIGIN/${_cloacina_bin_to_lib}")
        set(CMAKE_INSTALL_RPATH_USE_LINK_PATH ON)
    endif()
    unset(_cloacina_system_libdir)
    unset(_cloacina_bin_to_lib)
endif()

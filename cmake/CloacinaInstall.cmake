# Everything `cmake --install` puts in place, in one file. Included from the top-level
# CMakeLists.txt after all subdirectories. Layout (paths relative to the prefix; <libdir> is
# lib/x86_64-linux-gnu for the /usr prefix on Debian, lib elsewhere):
#
#   <libdir>/libcloacina-qt.so.<version>, .so.<major>, .so          SDK            (Runtime/Development)
#   include/cloacina-qt/cloacina/*.h                                 public headers (Development)
#   <libdir>/cmake/CloacinaQt/                                       CMake package  (Development)
#   <libdir>/pkgconfig/cloacina-qt.pc                                pkg-config     (Development)
#   <libdir>/qt6/qml/Cloacina/                                       QML module     (Qml)
#   bin/cloacina-monitor{,-qml}, their desktop entry and icons       monitors       (Monitor)
#   bin/cloacina-{follow,sim,conformance}                            CLI tools      (Tools)
#   share/man/man1/<program>.1.gz                                    man pages      (with the program)
#   share/doc/<package>/{copyright,changelog.Debian.gz}              Debian files   (every component)
#   share/doc/cloacina-qt-doc/html/                                  API reference  (Documentation)
# Each component becomes one Debian package (cmake/CloacinaPackaging.cmake).
include(CMakePackageConfigHelpers)

set(CLOACINA_QT_MIN_VERSION 6.4)

# --- SDK library, headers and the CloacinaQt CMake package ---------------------------------------
install(TARGETS cloacina_client EXPORT CloacinaQtTargets
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        COMPONENT Runtime
        NAMELINK_COMPONENT Development
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)

# Hand-written and generated public headers share the folder `cloacina/`, plus the export header
# generate_export_header() wrote into the build tree. Private headers (src/*_p.h) stay out.
install(DIRECTORY
        ${PROJECT_SOURCE_DIR}/client/include/cloacina
        ${PROJECT_SOURCE_DIR}/client/generated/cloacina
    DESTINATION ${CLOACINA_INSTALL_INCLUDEDIR}
    COMPONENT Development
    FILES_MATCHING PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/client/include/cloacina/cloacina_export.h
    DESTINATION ${CLOACINA_INSTALL_INCLUDEDIR}/cloacina
    COMPONENT Development)

install(EXPORT CloacinaQtTargets
    NAMESPACE CloacinaQt::
    FILE CloacinaQtTargets.cmake
    DESTINATION ${CLOACINA_INSTALL_CMAKEDIR}
    COMPONENT Development)
configure_package_config_file(
    ${CMAKE_CURRENT_LIST_DIR}/CloacinaQtConfig.cmake.in
    ${PROJECT_BINARY_DIR}/cmake/CloacinaQtConfig.cmake
    INSTALL_DESTINATION ${CLOACINA_INSTALL_CMAKEDIR}
    PATH_VARS CLOACINA_INSTALL_INCLUDEDIR CLOACINA_INSTALL_QMLDIR)
# 0.x caveat: SameMajorVersion lets `find_package(CloacinaQt 0.1)` accept any 0.y.
write_basic_package_version_file(
    ${PROJECT_BINARY_DIR}/cmake/CloacinaQtConfigVersion.cmake
    VERSION ${PROJECT_VERSION}
    COMPATIBILITY SameMajorVersion)
install(FILES
        ${PROJECT_BINARY_DIR}/cmake/CloacinaQtConfig.cmake
        ${PROJECT_BINARY_DIR}/cmake/CloacinaQtConfigVersion.cmake
    DESTINATION ${CLOACINA_INSTALL_CMAKEDIR}
    COMPONENT Development)

# --- The optional C++20 coroutine integration (coro/): header + its own export set -------------------
# find_package(CloacinaQt COMPONENTS Coro) loads CloacinaQtCoroTargets.cmake when installed.
if(TARGET cloacina_coro)
    install(TARGETS cloacina_coro EXPORT CloacinaQtCoroTargets)
    install(FILES ${PROJECT_SOURCE_DIR}/coro/include/cloacina/coro.h
        DESTINATION ${CLOACINA_INSTALL_INCLUDEDIR}/cloacina
        COMPONENT Coro)
    install(EXPORT CloacinaQtCoroTargets
        NAMESPACE CloacinaQt::
        FILE CloacinaQtCoroTargets.cmake
        DESTINATION ${CLOACINA_INSTALL_CMAKEDIR}
        COMPONENT Coro)
endif()

# --- pkg-config -----------------------------------------------------------------------------------
# The .pc file names absolute folders, so it is written at install time with the prefix actually
# installed to: `cmake --install . --prefix /opt/x` and CPack (which installs with prefix /usr
# into a DESTDIR, see CloacinaPackaging.cmake) both get a correct file.
foreach(kind LIBDIR INCLUDEDIR)
    if(kind STREQUAL "LIBDIR")
        set(dir "${CMAKE_INSTALL_LIBDIR}")
    else()
        set(dir "${CLOACINA_INSTALL_INCLUDEDIR}")
    endif()
    if(IS_ABSOLUTE "${dir}")
        set(CLOACINA_PC_${kind} "${dir}")
    else()
        set(CLOACINA_PC_${kind} "\${prefix}/${dir}")
    endif()
endforeach()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    set(_cloacina_pc_dest "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
else()
    set(_cloacina_pc_dest "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig")
endif()
set(CLOACINA_PC_PREFIX "@CLOACINA_PC_PREFIX@") # kept for the install-time pass
configure_file(${CMAKE_CURRENT_LIST_DIR}/cloacina-qt.pc.in
    ${PROJECT_BINARY_DIR}/pkgconfig/cloacina-qt.pc.in @ONLY)
install(CODE "
    set(CLOACINA_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
    string(MD5 _cloacina_pc_tag \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    set(_cloacina_pc_dir \"${PROJECT_BINARY_DIR}/pkgconfig/\${_cloacina_pc_tag}\")
    configure_file(\"${PROJECT_BINARY_DIR}/pkgconfig/cloacina-qt.pc.in\"
        \"\${_cloacina_pc_dir}/cloacina-qt.pc\" @ONLY)
    file(INSTALL DESTINATION \"${_cloacina_pc_dest}\"
        TYPE FILE FILES \"\${_cloacina_pc_dir}/cloacina-qt.pc\")
    file(REMOVE_RECURSE \"\${_cloacina_pc_dir}\")
" COMPONENT Development)
unset(_cloacina_pc_dest)

# --- QML module `Cloacina` (dynamic plugin, see cmake/CloacinaQmlPlugin.cmake) ----------------------
if(TARGET cloacinaqmlplugin)
    get_target_property(_cloacina_qml_outdir cloacinaqmlplugin QT_QML_MODULE_OUTPUT_DIRECTORY)
    get_target_property(_cloacina_qml_typeinfo cloacinaqmlplugin QT_QML_MODULE_TYPEINFO)
    install(TARGETS cloacinaqmlplugin
        LIBRARY DESTINATION ${CLOACINA_INSTALL_QMLDIR}/Cloacina COMPONENT Qml)
    install(FILES
            ${_cloacina_qml_outdir}/qmldir
            ${_cloacina_qml_outdir}/${_cloacina_qml_typeinfo}
        DESTINATION ${CLOACINA_INSTALL_QMLDIR}/Cloacina
        COMPONENT Qml)
    unset(_cloacina_qml_outdir)
    unset(_cloacina_qml_typeinfo)
endif()

# --- Programs and their man pages ------------------------------------------------------------------
# cloacina-monitor-qml embeds its QML modules (static), so it does not need the plugin above.
# The man pages in man/ are generated from each program's --help (scripts/update-man-pages.sh)
# and installed gzip-compressed, as Debian wants.
find_program(CLOACINA_GZIP_EXECUTABLE gzip)
set(CLOACINA_INSTALLED_PROGRAMS "")
foreach(program cloacina-monitor cloacina-monitor-qml cloacina-follow cloacina-sim cloacina-conformance)
    if(NOT TARGET ${program})
        continue()
    endif()
    if(program MATCHES "^cloacina-monitor")
        set(_component Monitor)
    else()
        set(_component Tools)
    endif()
    list(APPEND CLOACINA_INSTALLED_PROGRAMS ${program})
    install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${_component})
    set(_page "${PROJECT_SOURCE_DIR}/man/${program}.1")
    if(EXISTS "${_page}" AND CLOACINA_GZIP_EXECUTABLE)
        set(_gz "${PROJECT_BINARY_DIR}/man/${program}.1.gz")
        add_custom_command(OUTPUT "${_gz}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man"
            COMMAND ${CLOACINA_GZIP_EXECUTABLE} -9nc "${_page}" > "${_gz}"
            DEPENDS "${_page}"
            COMMENT "man page ${program}.1.gz")
        add_custom_target(${program}-manpage ALL DEPENDS "${_gz}")
        install(FILES "${_gz}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${_component})
    endif()
endforeach()
unset(_component)
unset(_page)
unset(_gz)

# --- Desktop integration of the Widgets monitor ---------------------------------------------------
if(TARGET cloacina-monitor)
    include(${CMAKE_CURRENT_LIST_DIR}/CloacinaDesktop.cmake)
endif()

# --- Debian copyright and changelog, one copy per package --------------------------------------------
# Package names are set in cmake/CloacinaPackaging.cmake; the folders follow them.
set(CLOACINA_DEB_VERSION "${PROJECT_VERSION}-1")
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
if(CLOACINA_GZIP_EXECUTABLE)
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz
        COMMAND ${CLOACINA_GZIP_EXECUTABLE} -9nc ${PROJECT_BINARY_DIR}/packaging/changelog
            > ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz
        DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog
        COMMENT "changelog.Debian.gz")
    add_custom_target(cloacina-debian-changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz)
endif()
set(CLOACINA_PACKAGE_NAMES Runtime libcloacina-qt0 Development libcloacina-qt-dev)
if(TARGET cloacina_coro)
    list(APPEND CLOACINA_PACKAGE_NAMES Coro libcloacina-qt-coro-dev)
endif()
if(TARGET cloacinaqmlplugin)
    list(APPEND CLOACINA_PACKAGE_NAMES Qml qml6-module-cloacina)
endif()
if(TARGET cloacina-monitor OR TARGET cloacina-monitor-qml)
    list(APPEND CLOACINA_PACKAGE_NAMES Monitor cloacina-monitor)
endif()
if(TARGET cloacina-follow OR TARGET cloacina-sim)
    list(APPEND CLOACINA_PACKAGE_NAMES Tools cloacina-tools)
endif()
if(TARGET docs)
    list(APPEND CLOACINA_PACKAGE_NAMES Documentation cloacina-qt-doc)
endif()
set(_pairs ${CLOACINA_PACKAGE_NAMES})
while(_pairs)
    list(POP_FRONT _pairs _component _package)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${_package} COMPONENT ${_component})
    if(CLOACINA_GZIP_EXECUTABLE)
        install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${_package} COMPONENT ${_component})
    endif()
endwhile()
unset(_pairs)
unset(_component)
unset(_package)

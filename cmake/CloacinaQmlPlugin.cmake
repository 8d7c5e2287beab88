# The installable form of the QML module `Cloacina`. Included at the end of qml/CMakeLists.txt.
#
# In the build tree `Cloacina` is a STATIC backing library (cloacina_qml) with a static plugin
# (cloacina_qmlplugin) that cloacina-monitor-qml, the tests and the examples link directly; a
# static plugin cannot be loaded by another program's QML engine. So the same C++ sources are
# built once more here as a dynamic QML plugin (a MODULE library that is its own backing
# target) for `import Cloacina` from any application: it links the SDK (libcloacina-qt.so)
# dynamically and embeds the static cloacina_models, so only the SDK is installed as a shared
# library. cloacina-monitor-qml keeps the static module and does not need this plugin.
#
# Installed (by cmake/CloacinaInstall.cmake) as <CLOACINA_INSTALL_QMLDIR>/Cloacina/{qmldir,
# *.qmltypes, libcloacinaqmlplugin.so}.

# The module's own C++ sources, taken from cloacina_qml so that the two never drift apart:
# every non-generated source file of that target (generated ones have absolute paths).
get_target_property(_cloacina_qml_all_sources cloacina_qml SOURCES)
set(_cloacina_qml_plugin_sources)
foreach(src IN LISTS _cloacina_qml_all_sources)
    if(NOT IS_ABSOLUTE "${src}" AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${src}")
        list(APPEND _cloacina_qml_plugin_sources "${src}")
    endif()
endforeach()

qt_add_qml_module(cloacinaqmlplugin
    URI Cloacina
    VERSION 1.0
    SHARED
    PLUGIN_TARGET cloacinaqmlplugin
    RESOURCE_PREFIX /qt/qml
    # Not ${CMAKE_BINARY_DIR}/Cloacina: that one belongs to the static module used in-tree.
    OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/qml-plugin/Cloacina
    SOURCES ${_cloacina_qml_plugin_sources})
# Foreign type information (QML_FOREIGN of SDK and model classes), as for cloacina_qml.
target_sources(cloacinaqmlplugin PRIVATE ${_cloacina_foreign_metatypes})
target_include_directories(cloacinaqmlplugin PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/module)
target_link_libraries(cloacinaqmlplugin PRIVATE Qt6::Core Qt6::Qml Cloacina::Client cloacina_models)
cloacina_strict_warnings(cloacinaqmlplugin)

# qt_add_qml_module() gives QML plugins an RPATH of its own ($ORIGIN/../../<libdir>, for a
# <prefix>/qml/<URI> layout). Ours: none in a system prefix, else the path from
# <CLOACINA_INSTALL_QMLDIR>/Cloacina to the libdir (see CloacinaInstallDirs.cmake).
if(CMAKE_INSTALL_RPATH)
    file(RELATIVE_PATH _cloacina_qml_to_lib
        "${CMAKE_INSTALL_PREFIX}/${CLOACINA_INSTALL_QMLDIR}/Cloacina"
        "${CMAKE_INSTALL_FULL_LIBDIR}")
    set_target_properties(cloacinaqmlplugin PROPERTIES INSTALL_RPATH "$ORIGIN/${_cloacina_qml_to_lib}")
else()
    set_target_properties(cloacinaqmlplugin PROPERTIES INSTALL_RPATH "")
endif()

unset(_cloacina_qml_all_sources)
unset(_cloacina_qml_plugin_sources)
unset(_cloacina_qml_to_lib)

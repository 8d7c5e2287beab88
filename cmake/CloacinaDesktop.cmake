# Desktop integration of cloacina-monitor: the .desktop entry and the hicolor icons.
# Included from cmake/CloacinaInstall.cmake when the monitor is built.
#
# The PNG sizes are rendered at build time from resources/icons/cloacina-monitor.svg by a small
# Qt program (resources/rasterize-icon.cpp, QSvgRenderer), so no binary images are committed.
# Without Qt Svg only the scalable SVG is installed (enough for most desktops).
set(CLOACINA_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_cloacina_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/cloacina-monitor.svg)

install(FILES ${PROJECT_SOURCE_DIR}/resources/cloacina-monitor.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    COMPONENT Monitor)
install(FILES ${_cloacina_icon_svg}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    COMPONENT Monitor)

find_package(Qt6 ${CLOACINA_QT_MIN_VERSION} QUIET COMPONENTS Svg)
if(NOT TARGET Qt6::Svg)
    message(STATUS "cloacina-monitor: Qt Svg not found; installing the scalable icon only")
    return()
endif()

qt_add_executable(cloacina-rasterize-icon ${PROJECT_SOURCE_DIR}/resources/rasterize-icon.cpp)
target_link_libraries(cloacina-rasterize-icon PRIVATE Qt6::Gui Qt6::Svg)
set_target_properties(cloacina-rasterize-icon PROPERTIES UNITY_BUILD OFF)
cloacina_strict_warnings(cloacina-rasterize-icon)

set(_cloacina_icon_dir ${PROJECT_BINARY_DIR}/icons/hicolor)
set(_cloacina_icon_pngs)
foreach(size IN LISTS CLOACINA_ICON_SIZES)
    list(APPEND _cloacina_icon_pngs ${_cloacina_icon_dir}/${size}x${size}/apps/cloacina-monitor.png)
endforeach()
add_custom_command(OUTPUT ${_cloacina_icon_pngs}
    # No display is needed (QImage + QSvgRenderer); offscreen keeps Qt from looking for one.
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
        $<TARGET_FILE:cloacina-rasterize-icon>
        ${_cloacina_icon_svg} ${_cloacina_icon_dir} cloacina-monitor ${CLOACINA_ICON_SIZES}
    DEPENDS cloacina-rasterize-icon ${_cloacina_icon_svg}
    COMMENT "Rendering cloacina-monitor icons (${CLOACINA_ICON_SIZES})"
    VERBATIM)
add_custom_target(cloacina_monitor_icons ALL DEPENDS ${_cloacina_icon_pngs})

foreach(size IN LISTS CLOACINA_ICON_SIZES)
    install(FILES ${_cloacina_icon_dir}/${size}x${size}/apps/cloacina-monitor.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        COMPONENT Monitor)
endforeach()

unset(_cloacina_icon_svg)
unset(_cloacina_icon_dir)
unset(_cloacina_icon_pngs)

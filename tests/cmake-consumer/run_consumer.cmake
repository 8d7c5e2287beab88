# Packaging test driver (cmake -P). Installs the current build tree into a staging prefix,
# checks the layout, runs the installed tools, then builds and runs consumers of the installed
# SDK: a CMake project using find_package(CloacinaQt), a one-file program compiled with
# `pkg-config --cflags --libs cloacina-qt`, and (GUI builds) a program importing the installed
# QML module. Any failing step ends the script with FATAL_ERROR, i.e. a non-zero exit.
#
# Variables (-D): BUILD_DIR, CONSUMER_DIR, WORK_DIR, GENERATOR, CXX_COMPILER, BUILD_TYPE,
# VERSION, LIBDIR, INCLUDEDIR, CMAKEDIR, QMLDIR, SOURCE_DIR, PKG_CONFIG, QT6_DIR,
# RELOCATABLE (ON when installed binaries carry an $ORIGIN RPATH), EXPECT_QML, EXPECT_CORO, PROGRAMS,
# SANITIZER_FLAGS (compile and link flags of a sanitized build, for the consumers).
cmake_minimum_required(VERSION 3.21)

include("${CMAKE_CURRENT_LIST_DIR}/steps.cmake")   # packaging_test_setup(), step()
packaging_test_setup(run_consumer.cmake BUILD_DIR CONSUMER_DIR WORK_DIR GENERATOR CXX_COMPILER VERSION LIBDIR INCLUDEDIR CMAKEDIR SOURCE_DIR)
set(stage_lib "${stage}/${LIBDIR}")


function(expect_files)
    foreach(f IN LISTS ARGN)
        if(NOT EXISTS "${stage}/${f}")
            message(FATAL_ERROR "FAILED: not installed: ${f}")
        endif()
    endforeach()
endfunction()

# Installed binaries find libcloacina-qt through their $ORIGIN RPATH outside system prefixes.
# Configured for a system prefix (/usr) they have none, so the staging copy needs the path.
if(RELOCATABLE)
    set(run_env ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH)
else()
    set(run_env ${CMAKE_COMMAND} -E env "LD_LIBRARY_PATH=${stage_lib}")
endif()

# --- 1. Install into the staging prefix -----------------------------------------------------------
step(install COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${stage}")

# --- 2. Layout ------------------------------------------------------------------------------------
expect_files(
    "${LIBDIR}/libcloacina-qt.so"
    "${LIBDIR}/libcloacina-qt.so.0"
    "${LIBDIR}/libcloacina-qt.so.${VERSION}"
    "${INCLUDEDIR}/cloacina/cloacina_export.h"
    "${CMAKEDIR}/CloacinaQtConfig.cmake"
    "${CMAKEDIR}/CloacinaQtConfigVersion.cmake"
    "${CMAKEDIR}/CloacinaQtTargets.cmake"
    "${LIBDIR}/pkgconfig/cloacina-qt.pc")
if(NOT IS_SYMLINK "${stage}/${LIBDIR}/libcloacina-qt.so.0" OR NOT IS_SYMLINK "${stage}/${LIBDIR}/libcloacina-qt.so")
    message(FATAL_ERROR "FAILED: libcloacina-qt.so and .so.0 must be symlinks")
endif()
# Every public header (hand-written and generated) is installed, and no private one.
file(GLOB public_headers RELATIVE "${SOURCE_DIR}/client/include" "${SOURCE_DIR}/client/include/cloacina/*.h")
file(GLOB generated_headers RELATIVE "${SOURCE_DIR}/client/generated" "${SOURCE_DIR}/client/generated/cloacina/*.h")
foreach(h IN LISTS public_headers generated_headers)
    expect_files("${INCLUDEDIR}/${h}")
endforeach()
file(GLOB_RECURSE private_headers "${stage}/include/*_p.h"
    # The transport seam and the schema registry were public once; they are SDK-internal now.
    "${stage}/include/*/dispatcher.h" "${stage}/include/*/schemaregistry.h")
if(private_headers)
    message(FATAL_ERROR "FAILED: private headers installed: ${private_headers}")
endif()
foreach(program IN LISTS PROGRAMS)
    expect_files("bin/${program}")
endforeach()
if(EXPECT_QML)
    expect_files("${QMLDIR}/Cloacina/qmldir" "${QMLDIR}/Cloacina/libcloacinaqmlplugin.so")
    file(GLOB qmltypes "${stage}/${QMLDIR}/Cloacina/*.qmltypes")
    if(NOT qmltypes)
        message(FATAL_ERROR "FAILED: no .qmltypes in ${QMLDIR}/Cloacina")
    endif()
endif()
if("cloacina-monitor" IN_LIST PROGRAMS)
    expect_files("share/applications/cloacina-monitor.desktop"
        "share/icons/hicolor/scalable/apps/cloacina-monitor.svg")
endif()
message(STATUS "ok   layout")

# --- 3. Installed tools run -----------------------------------------------------------------------
if("cloacina-follow" IN_LIST PROGRAMS)
    step(follow_help EXPECT "--server" COMMAND ${run_env} "${stage}/bin/cloacina-follow" --help)
    step(follow_version EXPECT "cloacina-follow ${VERSION}"
        COMMAND ${run_env} "${stage}/bin/cloacina-follow" --version)
endif()
if("cloacina-sim" IN_LIST PROGRAMS)
    step(sim_help EXPECT "--port" COMMAND ${run_env} "${stage}/bin/cloacina-sim" --help)
endif()
if("cloacina-conformance" IN_LIST PROGRAMS AND "cloacina-sim" IN_LIST PROGRAMS)
    expect_files("share/man/man1/cloacina-conformance.1.gz")
    # The installed program against the installed simulator, write checks included.
    step(conformance_against_sim EXPECT " 0 failed"
        COMMAND ${run_env} sh "${SOURCE_DIR}/tests/conformance/run_against_sim.sh"
            "${stage}/bin/cloacina-sim" "${stage}/bin/cloacina-conformance" --write)
endif()

# --- 4. CMake consumer: find_package(CloacinaQt 0.1 REQUIRED) -------------------------------------
set(consumer_build "${WORK_DIR}/consumer-build")
set(qt_hint)
if(QT6_DIR)
    set(qt_hint "-DQt6_DIR=${QT6_DIR}")
endif()
if(NOT BUILD_TYPE)
    set(BUILD_TYPE Release)
endif()
step(consumer_configure
    EXPECT "CloacinaQt ${VERSION} from ${stage}/"
    COMMAND ${CMAKE_COMMAND} -S "${CONSUMER_DIR}" -B "${consumer_build}" -G "${GENERATOR}"
        "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
        "-DCMAKE_PREFIX_PATH=${stage}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
        "-DCONSUMER_QML=${EXPECT_QML}" "-DCONSUMER_CORO=${EXPECT_CORO}" ${qt_hint}
        # A sanitized build installs a sanitized library: its consumers need the runtime too.
        "-DCMAKE_CXX_FLAGS=${SANITIZER_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${SANITIZER_FLAGS}")
step(consumer_build COMMAND ${CMAKE_COMMAND} --build "${consumer_build}")
# No LD_LIBRARY_PATH: the consumer's build RPATH points at the imported library.
step(consumer_run EXPECT "user-agent: cloacina-qt/${VERSION} "
    COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH "${consumer_build}/consumer")
step(consumer_alias_run EXPECT "user-agent: cloacina-qt/${VERSION} "
    COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH "${consumer_build}/consumer_alias")
step(consumer_links_staged_lib EXPECT "${stage_lib}/libcloacina-qt.so.0"
    COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH ldd "${consumer_build}/consumer")

if(EXPECT_CORO)
    step(coro_consumer_run EXPECT "coro: error kind Network"
        COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH "${consumer_build}/coroconsumer")
endif()

# --- 5. The installed QML module loads in another program -----------------------------------------
if(EXPECT_QML)
    step(qml_import EXPECT "tenant=acme"
        COMMAND ${run_env} "QML_IMPORT_PATH=${stage}/${QMLDIR}" "${consumer_build}/qmlcheck")
endif()

# --- 6. pkg-config consumer -----------------------------------------------------------------------
if(NOT PKG_CONFIG)
    message(FATAL_ERROR "FAILED: pkg-config not found (install pkg-config)")
endif()
set(pc_env ${CMAKE_COMMAND} -E env "PKG_CONFIG_PATH=${stage_lib}/pkgconfig")
step(pkgconfig_modversion EXPECT "^${VERSION}"
    COMMAND ${pc_env} ${PKG_CONFIG} --modversion cloacina-qt)
step(pkgconfig_flags EXPECT "-I${stage}/${INCLUDEDIR}"
    COMMAND ${pc_env} ${PKG_CONFIG} --cflags --libs cloacina-qt)
string(STRIP "${STEP_OUTPUT}" pc_flags)
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
step(pkgconfig_compile
    COMMAND "${CXX_COMPILER}" -std=c++17 -Wall -Wextra -Wpedantic -Werror ${SANITIZER_FLAGS}
        "${CONSUMER_DIR}/main.cpp" ${pc_flags} -o "${WORK_DIR}/pc_consumer")
step(pkgconfig_run EXPECT "user-agent: cloacina-qt/${VERSION} "
    COMMAND ${CMAKE_COMMAND} -E env "LD_LIBRARY_PATH=${stage_lib}" "${WORK_DIR}/pc_consumer")

message(STATUS "cmake-consumer: all steps passed (staging prefix ${stage})")

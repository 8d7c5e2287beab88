# The Workflows screen (issue #17): its models over a fake backend and the simulator, and the screen.
if(TARGET cloacina_sim)
    cloacina_add_test(workflowlistmodel SOURCES tst_workflowlistmodel.cpp
        LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)
endif()
if(TARGET cloacina_monitor_core AND TARGET cloacina_sim)
    cloacina_add_test(console_workflows SOURCES tst_workflowsscreen.cpp
        LIBS cloacina_monitor_core cloacina_sim LABELS monitor TIMEOUT 120)
    # tests/common/cloacinapackage.h packs the package the upload test sends.
    target_compile_definitions(tst_console_workflows PRIVATE CLOACINA_PACKER="${PROJECT_SOURCE_DIR}/scripts/pack-cloacina.sh")
endif()

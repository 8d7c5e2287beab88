# The computation-graphs screen (issue #17): its models and the screen.
cloacina_add_test(graph_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_graphmodels.cpp
    LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)
if(TARGET cloacina_monitor_core AND TARGET cloacina_sim)
    cloacina_add_test(console_graphs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_graphsscreen.cpp
        LIBS cloacina_monitor_core cloacina_sim LABELS monitor TIMEOUT 120)
endif()

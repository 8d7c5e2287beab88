# The computation-graphs screen (issue #17): its models and the screen.
cloacina_add_test(graph_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_graphmodels.cpp
    LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)

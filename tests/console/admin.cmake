# The Admin screen (issue #17): its models and the screen.
cloacina_add_test(admin_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_adminmodels.cpp
    LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)

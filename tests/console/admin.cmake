# The Admin screen (issue #17): its models and the screen.
cloacina_add_test(admin_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_adminmodels.cpp
    LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)
if(TARGET cloacina_monitor_core AND TARGET cloacina_sim)
    cloacina_add_test(console_admin SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_adminscreen.cpp
        LIBS cloacina_monitor_core cloacina_sim LABELS monitor TIMEOUT 120)
endif()

# The Overview and Fleet screens (issue #17): their models and widget screens.
cloacina_add_test(overviewmodel SOURCES tst_overviewmodel.cpp
    LIBS cloacina_models LABELS models TIMEOUT 60)
if(TARGET cloacina_monitor_core AND TARGET cloacina_sim)
    cloacina_add_test(console_overview SOURCES tst_overviewscreen.cpp
        LIBS cloacina_monitor_core cloacina_sim LABELS monitor TIMEOUT 120)
endif()
cloacina_add_test(fleetmodels SOURCES tst_fleetmodels.cpp
    LIBS cloacina_models LABELS models TIMEOUT 60)
if(TARGET cloacina_monitor_core AND TARGET cloacina_sim)
    cloacina_add_test(console_fleet SOURCES tst_fleetscreen.cpp
        LIBS cloacina_monitor_core cloacina_sim LABELS monitor TIMEOUT 120)
endif()

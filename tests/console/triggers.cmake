# The Triggers screen (issue #17): its models over a fake backend and the simulator, and the screen.
if(TARGET cloacina_sim)
    cloacina_add_test(triggerlistmodel SOURCES tst_triggerlistmodel.cpp
        LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)
endif()
if(TARGET cloacina_monitor_core AND TARGET cloacina_sim)
    cloacina_add_test(console_triggers SOURCES tst_triggersscreen.cpp
        LIBS cloacina_monitor_core cloacina_sim LABELS monitor TIMEOUT 120)
endif()

# The Triggers screen (issue #17): its models over a fake backend and the simulator, and the screen.
if(TARGET cloacina_sim)
    cloacina_add_test(triggerlistmodel SOURCES tst_triggerlistmodel.cpp
        LIBS cloacina_models cloacina_sim LABELS models TIMEOUT 60)
endif()

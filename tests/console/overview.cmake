# The Overview and Fleet screens (issue #17): their models and widget screens.
cloacina_add_test(overviewmodel SOURCES tst_overviewmodel.cpp
    LIBS cloacina_models LABELS models TIMEOUT 60)

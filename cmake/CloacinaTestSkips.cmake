# cloacina_report_skips(<test>…): ctest reports a Qt Test suite that skipped a check (QSKIP: no
# contract, no TLS backend, a tool missing…) as "Skipped", not "Passed". The pattern is Qt
# Test's closing line with no failure and at least one skip; a failing suite still fails.
set(CLOACINA_QTEST_SKIP_REGEX "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
function(cloacina_report_skips)
    set_tests_properties(${ARGN} PROPERTIES SKIP_REGULAR_EXPRESSION "${CLOACINA_QTEST_SKIP_REGEX}")
endfunction()

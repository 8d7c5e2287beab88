# Sanitizer run-time options for a CLOACINA_SANITIZE=ON tree. Source it before ctest:
#   . tests/sanitizers/env.sh && ctest --test-dir build-test
# scripts/test.sh does. Values already set in the environment win.
_cloacina_sanitizers="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")" && pwd)"
# Leaks are errors; initialization-order bugs too. Leak stacks stop at the first Qt frame (Qt is
# built without frame pointers); for a full one, add fast_unwind_on_malloc=0 by hand: it makes
# every allocation several times slower, too slow for the suite.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$_cloacina_sanitizers/lsan.supp:print_suppressions=0}"
# Undefined behaviour stops the program (the build also uses -fno-sanitize-recover=undefined).
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
unset _cloacina_sanitizers

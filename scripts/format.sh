#!/usr/bin/env bash
# Formats the tree's C++ with clang-format and the committed .clang-format.
#   scripts/format.sh            reformat every tracked .cpp/.h in place
#   scripts/format.sh --check    change nothing; list the files that would change, exit 1 if any
#   scripts/format.sh [--check] FILE…   only these files
# client/generated/ is left out: cloacina-codegen owns that layout, and tst_codegen compares
# it byte for byte with a fresh run of the generator.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
if [ "${1:-}" = "--check" ]; then
    check=1
    shift
fi
formatter="${CLANG_FORMAT:-clang-format}"
command -v "$formatter" >/dev/null || { echo "format.sh: $formatter not found (apt-get install clang-format)" >&2; exit 2; }

if [ "$#" -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^client/generated/')
fi

if [ "$check" = 0 ]; then
    printf '%s\0' "${files[@]}" | xargs -0 -n 32 "$formatter" -i --style=file
    exit 0
fi

changed=0
for f in "${files[@]}"; do
    if ! "$formatter" --style=file "$f" | cmp -s - "$f"; then
        lines=$("$formatter" --style=file "$f" | diff "$f" - | grep -c '^<' || true)
        echo "$f: $lines line(s) would change"
        changed=$((changed + 1))
    fi
done
if [ "$changed" -gt 0 ]; then
    echo "format.sh: $changed file(s) not formatted (run scripts/format.sh)" >&2
    exit 1
fi

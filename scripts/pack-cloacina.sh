#!/usr/bin/env bash
# Packs a workflow package directory into a .cloacina source package the way `cloacinactl
# package pack` lays it out: a bzip2-compressed tar whose single top-level directory
# <name>-<version>/ holds package.toml and the sources. The archive is reproducible (sorted
# names, fixed mtime and owner). Upload it with `POST /v1/tenants/{tenant}/workflows`.
#
# Usage: scripts/pack-cloacina.sh <package-dir> [output.cloacina]
#   default output: ./<name>-<version>.cloacina
set -euo pipefail

usage() { echo "usage: $0 <package-dir> [output.cloacina]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
dir="${1%/}"
[ -f "$dir/package.toml" ] || { echo "pack-cloacina: $dir/package.toml not found" >&2; exit 1; }

# The [package] table's name and version (plain "quoted" values, as package.toml writes them).
field() {
    awk -v key="$1" '
        /^[[:space:]]*\[/ { in_pkg = ($0 ~ /^[[:space:]]*\[[[:space:]]*package[[:space:]]*\]/) }
        in_pkg && $0 ~ "^[[:space:]]*" key "[[:space:]]*=" {
            sub(/^[^=]*=[[:space:]]*"/, ""); sub(/".*$/, ""); print; exit
        }' "$dir/package.toml"
}
name="$(field name)"
version="$(field version)"
[ -n "$name" ] || { echo "pack-cloacina: [package] name missing in $dir/package.toml" >&2; exit 1; }
[ -n "$version" ] || { echo "pack-cloacina: [package] version missing in $dir/package.toml" >&2; exit 1; }

out="${2:-$PWD/$name-$version.cloacina}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
prefix="$name-$version"

# Build output, VCS data and earlier archives do not belong in a package.
(cd "$dir" && tar --create --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
    --exclude=./target --exclude=./.git --exclude=./node_modules --exclude='__pycache__' \
    --exclude='*.cloacina' --transform="s,^\.,$prefix," --show-transformed-names . ) \
    | bzip2 -9 > "$out"
echo "$out"

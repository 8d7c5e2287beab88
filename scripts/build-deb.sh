#!/usr/bin/env bash
# Builds the Debian packages from a clone: libcloacina-qt0, libcloacina-qt-dev,
# qml6-module-cloacina, cloacina-monitor, cloacina-tools and cloacina-qt-doc
# (<package>_<version>-1_<arch>.deb; see cmake/CloacinaPackaging.cmake).
# Configures a separate build folder with CMAKE_INSTALL_PREFIX=/usr (multiarch libdir, Qt's QML
# folder, no RPATH), builds without tests, builds the API reference, runs CPack and, when
# lintian is installed, lints the result. Prints the paths of the packages.
#
#   scripts/build-deb.sh                        # build-deb/*.deb
#   CLOACINA_BUILD_DIR=/tmp/deb scripts/build-deb.sh
#   CLOACINA_PACKAGE_MAINTAINER="Jane Doe <jane@example.org>" scripts/build-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build="${CLOACINA_BUILD_DIR:-build-deb}"
jobs="${CLOACINA_JOBS:-$(nproc)}"
maintainer=()
[ -n "${CLOACINA_PACKAGE_MAINTAINER:-}" ] && maintainer=(-DCLOACINA_PACKAGE_MAINTAINER="$CLOACINA_PACKAGE_MAINTAINER")

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_INSTALL_PREFIX=/usr -DCLOACINA_BUILD_TESTS=OFF "${maintainer[@]}"
cmake --build "$build" -j"$jobs"
if cmake --build "$build" --target help | grep -q '^docs:'; then
    cmake --build "$build" --target docs
fi
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB)
for deb in "$build"/*.deb; do
    echo "built $deb"
    dpkg-deb -f "$deb" Package Version Depends
done
if command -v lintian >/dev/null; then
    lintian --fail-on error "$build"/*.deb
fi

#!/usr/bin/env bash
# Builds the Debian package cloacina-qt_<version>-1_<arch>.deb from a clone.
# Configures a separate build folder with CMAKE_INSTALL_PREFIX=/usr (multiarch libdir, Qt's QML
# folder, no RPATH), builds without tests and runs CPack. Prints the path of the package.
#
#   scripts/build-deb.sh                        # build-deb/cloacina-qt_0.1.0-1_amd64.deb
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
(cd "$build" && cpack -G DEB)
deb=$(ls -t "$build"/cloacina-qt_*.deb | head -n 1)
echo "built $deb"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'

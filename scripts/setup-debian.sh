#!/usr/bin/env bash
# Installs the Debian packages that building, testing and running cloacina-qt need,
# only when some are missing. Safe to run again; used by demo.sh and test.sh.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang clang-format libclang-rt-14-dev doxygen
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev
    qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-l10n-tools qt6-svg-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml
    qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
    qtkeychain-qt6-dev libtomlplusplus-dev qcoro-qt6-dev lintian help2man libgl-dev libxkbcommon-dev dbus-daemon gnome-keyring libsecret-1-0
    xvfb xauth fonts-dejavu-core libgl1-mesa-dri
    libarchive-dev bzip2
    # simdjson: the SDK's JSON decoding; Qt Charts: the monitor's console charts
    libsimdjson-dev qt6-charts-dev qml6-module-qtcharts
    # bench/python/sdk_bench.py: the upstream Python SDK's comparison column
    python3-httpx python3-websockets python3-attr python3-dateutil python3-typing-extensions
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

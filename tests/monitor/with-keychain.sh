#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service
# and a throwaway HOME, so keychain tests never touch the user's real keyring.
# The daemon exits with the session bus.
set -eu
exec dbus-run-session -- sh -c '
    home=$(mktemp -d)
    trap "rm -rf \"$home\"" EXIT
    export HOME="$home"
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    CLOACINA_TEST_KEYCHAIN=1 "$@"
' sh "$@"

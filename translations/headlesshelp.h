#pragma once
// Shared by both monitors' main() (this folder is on their include path, like
// monitortranslators.h): `--help` and `--version` only print, so they must work without a
// display (over ssh, in a package build generating man pages). A QGuiApplication without a
// display aborts, so for those options the offscreen platform is chosen, unless the user chose
// a platform.
#include <QByteArray>
#include <QtGlobal>

#include <cstring>

namespace Cloacina::Monitor {

inline void useOffscreenPlatformForHelp(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : { "-h", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
                return;
            }
        }
    }
}

} // namespace Cloacina::Monitor

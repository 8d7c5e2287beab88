#pragma once

// Shared set-up of the libFuzzer targets: one QCoreApplication for the whole run, Qt's
// messages silenced (set FUZZ_VERBOSE=1 to see them), and a check macro that aborts so that
// libFuzzer records the input as a crash.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace FuzzCommon {

inline void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    static const bool verbose = qEnvironmentVariableIntValue("FUZZ_VERBOSE") != 0;
    if (verbose || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

inline void init()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = { name, nullptr };
    if (!QCoreApplication::instance()) {
        qInstallMessageHandler(quietHandler);
        new QCoreApplication(argc, argv); // lives for the whole process
    }
}

//! Parses \a bytes as any JSON value (QJsonDocument alone refuses top-level scalars).
inline bool parseAnyJson(const QByteArray& bytes, QJsonValue& out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "\n]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    out = doc.array().at(0);
    return true;
}

} // namespace FuzzCommon

#define FUZZ_CHECK(cond, what)                                                                   \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s) at %s:%d\n", #cond, what, __FILE__, \
                __LINE__);                                                                       \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)

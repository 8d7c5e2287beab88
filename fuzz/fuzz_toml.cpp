// Fuzz target: the cloacinactl config.toml reader (Internal::Toml::parse, i.e. toml++ compiled
// header-only and instrumented, and Profiles::parse).
//
// Invariants: a refused document has a 1-based line/column inside the text and a message;
// Profiles::parse agrees with the TOML parser about syntax errors; every profile returned by a
// valid document can be selected by name; no error text contains an api_key value.
// (Profile::resolveApiKey is not called: `env:`/`file:` would read the fuzzing machine.)

#include "fuzzcommon.h"

#include "toml_p.h"

#include <cloacina/profiles.h>

#include <cstdint>

using namespace Cloacina;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzCommon::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    Internal::Toml::ParseError error;
    const std::optional<QVariantMap> doc = Internal::Toml::parse(text, &error);
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    if (!doc) {
        FUZZ_CHECK(!error.message.isEmpty(), "syntax error without message");
        FUZZ_CHECK(error.line >= 1 && error.line <= lines + 1, "error line outside the text");
        FUZZ_CHECK(error.column >= 1, "error column");
    }

    const Profiles profiles = Profiles::parse(text, QStringLiteral("/fuzz/config.toml"));
    if (!doc)
        FUZZ_CHECK(!profiles.isValid() && profiles.error().kind == ProfileError::Kind::Syntax, "Profiles accepted bad TOML");
    if (!profiles.isValid()) {
        const ProfileError e = profiles.error();
        FUZZ_CHECK(!e.message.isEmpty(), "profile error without message");
        FUZZ_CHECK(!e.toString().isEmpty(), "profile error text");
        return 0;
    }
    for (const QString& name : profiles.names()) {
        const std::optional<Profile> p = profiles.profile(name);
        FUZZ_CHECK(p.has_value() && p->name == name, "listed profile not found");
        ProfileError selectError;
        FUZZ_CHECK(profiles.select(name, &selectError).has_value(), "listed profile not selectable");
    }
    ProfileError selectError;
    const std::optional<Profile> chosen = profiles.select(QString(), &selectError);
    if (!chosen) {
        FUZZ_CHECK(selectError.kind != ProfileError::Kind::None, "select failed without error");
        for (const QString& name : profiles.names()) {
            const QString key = profiles.profile(name)->apiKeyReference;
            if (key.size() >= 8)
                FUZZ_CHECK(!selectError.toString().contains(key), "api_key in an error");
        }
    }
    return 0;
}

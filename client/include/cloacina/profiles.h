#pragma once

#include <cloacina/cloacina_export.h>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

//! \file
//! Reading `~/.cloacina/config.toml`, the file in which the upstream CLI `cloacinactl` keeps its
//! server profiles (`cloacinactl config profile set <name> <url> --api-key <key> [--default]`):
//!
//! \code{.toml}
//! default_profile = "prod"
//!
//! [profiles.prod]
//! server = "https://cloacina.example.com"
//! api_key = "env:CLOACINA_PROD_KEY"   # a literal key, env:VAR or file:PATH
//! \endcode
//!
//! Other tables the CLI keeps in the same file (`[daemon]`, `[server]`, `[watch]`, …) are
//! parsed and ignored. The file is read as TOML 1.0 (with toml++); invalid TOML is reported
//! with its line and column.
//!
//! Programs resolve their connection with resolveConnection(), which applies cloacinactl's
//! precedence (explicit beats implicit); clientFromProfile() does it all in one call.

namespace Cloacina {

//! Why profiles could not be read or a profile could not be used.
struct CLOACINA_EXPORT ProfileError {
    Q_GADGET
public:
    //! What went wrong.
    enum class Kind {
        None, //!< No error.
        FileNotFound, //!< The config file does not exist.
        Unreadable, //!< The file exists but cannot be read.
        Syntax, //!< Not valid (subset) TOML; see line and column.
        Schema, //!< Valid TOML with a wrong shape, e.g. `server = 3` or no `api_key`.
        NoSuchProfile, //!< The named (or default) profile is not in the file.
        ApiKey, //!< The key reference cannot be resolved (`env:` unset, `file:` unreadable,
                //!< `keyring:` unsupported).
        BadServerUrl, //!< The profile's (or flag's, or environment's) server is not an http(s) URL.
        NotConfigured, //!< resolveConnection() found no server or no API key anywhere.
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None; //!< What went wrong; None on success.
    QString path; //!< The config file, when known.
    int line = 0; //!< 1-based line of a Syntax or Schema error; 0 when not applicable.
    int column = 0; //!< 1-based column of a Syntax error; 0 when not applicable.
    QString message; //!< Human-readable text. Never contains a key.

    //! `path:line:column: message`.
    QString toString() const;
};

//! One named server profile.
struct CLOACINA_EXPORT Profile {
    QString name; //!< The profile's name, as in the config file.
    QString server; //!< Base URL of the server.
    //! The key as written: a literal, `env:VAR` or `file:PATH`. Treat as a secret.
    QString apiKeyReference;

    //! Resolves apiKeyReference: `env:VAR` reads the environment, `file:PATH` the first
    //! non-blank line of the file (trimmed), `keyring:` is refused (as by cloacinactl), anything
    //! else is the key itself. Returns std::nullopt and fills \a error on failure.
    std::optional<QString> resolveApiKey(ProfileError* error = nullptr) const;
};

//! The profiles of one config file. A value type; load() never throws.
class CLOACINA_EXPORT Profiles {
public:
    //! `$HOME/.cloacina/config.toml`, as cloacinactl uses by default.
    static QString defaultPath();

    //! Reads \a path. On failure the result is empty and error() says why (a missing file is
    //! kind FileNotFound, which callers may treat as "no profiles").
    static Profiles load(const QString& path = defaultPath());
    //! Parses \a text as if read from \a path (for tests and embedded configs).
    static Profiles parse(const QString& text, const QString& path = {});

    //! True when the file was read and understood.
    bool isValid() const { return m_error.kind == ProfileError::Kind::None; }
    //! Why the file could not be read or understood; kind None when it was.
    ProfileError error() const { return m_error; }
    //! The file read (or the path given to parse()).
    QString path() const { return m_path; }

    //! Profile names, sorted.
    QStringList names() const;
    //! The profile called \a name, if present.
    std::optional<Profile> profile(const QString& name) const;
    //! `default_profile` from the file, or empty.
    QString defaultProfileName() const { return m_defaultProfile; }
    //! The default profile, if one is named and present.
    std::optional<Profile> defaultProfile() const;
    //! \a name when not empty, else the default profile; fills \a error when it is missing.
    std::optional<Profile> select(const QString& name = {}, ProfileError* error = nullptr) const;

private:
    QString m_path;
    QString m_defaultProfile;
    QList<Profile> m_profiles;
    ProfileError m_error;
};

//! What a program was given to find its server: explicit command-line flags, the environment
//! and the config file. Input of resolveConnection().
struct CLOACINA_EXPORT ConnectionSources {
    QString serverFlag; //!< `--server URL`; empty when not given.
    QString profileFlag; //!< `--profile NAME`; empty when not given.
    QString envServer; //!< `CLOACINA_SERVER_URL`; empty when unset.
    QString envApiKey; //!< `CLOACINA_API_KEY`; empty when unset. A secret.
    QString configPath = Profiles::defaultPath(); //!< The cloacinactl config file.

    //! Sources with the two environment variables read and no flags.
    static ConnectionSources fromEnvironment();
};

//! The outcome of resolveConnection(): where to connect and with which key.
struct CLOACINA_EXPORT ResolvedConnection {
    QUrl server; //!< An http(s) base URL.
    QString apiKey; //!< The resolved key (never a reference). A secret.
    QString profileName; //!< The profile that supplied the server or the key; empty when none did.
    //! Set when the config file is broken but was not needed (flags and environment sufficed):
    //! `path:line:column: message`, for the program to print as a warning.
    QString configWarning;
};

//! Resolves server and API key, each on its own, from the first of: the explicit flag (server
//! only; keys are never passed on a command line), the profile named by `--profile`, the
//! environment, the config file's `default_profile`. This is cloacinactl's order (flag, named
//! profile, default profile) with the environment as the implicit source between the last two:
//! an exported `CLOACINA_API_KEY` never overrides `--profile`.
//!
//! Fails with \a error filled when `--profile` names a missing profile or the file is broken,
//! unreadable or lacks the default profile while it is needed (Syntax errors carry the file,
//! line and column), when a needed key reference cannot be resolved, when the server is not an
//! http(s) URL, or when no source gives a server or a key (Kind::NotConfigured).
CLOACINA_EXPORT std::optional<ResolvedConnection> resolveConnection(
    const ConnectionSources& sources, ProfileError* error = nullptr);

} // namespace Cloacina

namespace Cloacina {
class CloacinaClient;
}
//! Compatibility alias of Cloacina::CloacinaClient, as declared in cloacinaclient.h.
using CloacinaClient = Cloacina::CloacinaClient;
QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Cloacina {

//! Creates a client for the profile \a name of `~/.cloacina/config.toml` (empty: the default
//! profile), in one call: `auto* client = Cloacina::clientFromProfile("prod", this);`. Unlike
//! resolveConnection() it ignores the environment. The client is owned by \a parent (or by the
//! caller when \a parent is null). Returns nullptr and fills \a error when the profile cannot
//! be used. Tenant and other settings are left at their defaults.
CLOACINA_EXPORT CloacinaClient* clientFromProfile(const QString& name = {}, QObject* parent = nullptr,
    ProfileError* error = nullptr, const QString& configPath = Profiles::defaultPath());

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::ProfileError)
Q_DECLARE_METATYPE(Cloacina::Profile)

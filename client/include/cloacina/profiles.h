#pragma once

#include <cloacina/cloacina_export.h>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

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
//! parsed and ignored. The parser understands the TOML subset that file uses (comments, bare,
//! quoted and dotted keys, `[table]` headers, strings, integers, floats, booleans, arrays and
//! inline tables) and rejects anything else with a line number.

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
        BadServerUrl, //!< The profile's server is not an http(s) URL.
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

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::ProfileError)
Q_DECLARE_METATYPE(Cloacina::Profile)

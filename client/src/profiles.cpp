#include <cloacina/profiles.h>

#include <cloacina/cloacinaclient.h>

#include "toml_p.h"
#include "transportrequest_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVariantMap>

#include <algorithm>

namespace Cloacina {

QString ProfileError::toString() const
{
    QString where = path;
    if (line > 0) {
        where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {

    // A reference written in the wrong place may be the key itself (`env:clk_…`, a key pasted after
    // `file:`), so messages name a variable or a file only when it cannot be one. Keys are `clk_`
    // plus base64url; long tokens mixing letter cases or letters and digits count as key-shaped.
    bool isKeyShaped(QStringView token)
    {
        if (token.startsWith(QLatin1String("clk_"), Qt::CaseInsensitive))
            return true;
        if (token.size() < 20)
            return false;
        bool lower = false, upper = false, digit = false;
        for (const QChar c : token) {
            if (c.isLower())
                lower = true;
            else if (c.isUpper())
                upper = true;
            else if (c.isDigit())
                digit = true;
            else if (c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('+')
                && c != QLatin1Char('/') && c != QLatin1Char('='))
                return false; // '.', spaces, …: prose or a file name, not a key
        }
        return int(lower) + int(upper) + int(digit) >= 2;
    }

    bool hasLowerUpperAndDigit(QStringView token)
    {
        bool lower = false, upper = false, digit = false;
        for (const QChar c : token) {
            lower = lower || c.isLower();
            upper = upper || c.isUpper();
            digit = digit || c.isDigit();
        }
        return lower && upper && digit;
    }

    QString describeVariable(const QString& var)
    {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
        if (name.match(var).hasMatch() && !isKeyShaped(var))
            return QStringLiteral("environment variable %1").arg(var);
        return QStringLiteral("an environment variable whose name is not shown (it looks like a key)");
    }

    QString describeFile(const QString& path)
    {
        const bool pathLike = path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("~/"))
            || path.startsWith(QLatin1String("./")) || path.startsWith(QLatin1String("../"));
        bool safe = pathLike && path.size() <= 4096;
        for (const QChar c : path)
            safe = safe && c.isPrint() && !c.isSpace();
        const QList<QStringView> segments = QStringView(path).split(QLatin1Char('/'));
        for (const QStringView segment : segments)
            safe = safe && !isKeyShaped(segment);
        // A standard-base64 key may hold '/': judge the whole text as one token too (a path with
        // lower and upper case letters and digits in 20+ key characters is hidden, harmlessly).
        const QStringView body = QStringView(path).mid(path.indexOf(QLatin1Char('/')) + 1);
        safe = safe && !(isKeyShaped(body) && hasLowerUpperAndDigit(body));
        if (safe)
            return QStringLiteral("the API key file %1").arg(path);
        return QStringLiteral("the API key file (its name is not shown: it does not look like a path)");
    }

} // namespace

std::optional<QString> Profile::resolveApiKey(ProfileError* error) const
{
    auto fail = [&](const QString& message) -> std::optional<QString> {
        if (error) {
            error->kind = ProfileError::Kind::ApiKey;
            error->line = 0;
            error->column = 0;
            error->message = QStringLiteral("profile '%1': %2").arg(name, message);
        }
        return std::nullopt;
    };
    const QString& raw = apiKeyReference;
    if (raw.startsWith(QLatin1String("env:"))) {
        const QString var = raw.mid(4);
        if (var.isEmpty() || !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return fail(QStringLiteral("the API key refers to %1, which is not set").arg(describeVariable(var)));
        return qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    if (raw.startsWith(QLatin1String("file:"))) {
        const QString written = raw.mid(5);
        QString file = written;
        if (file.startsWith(QLatin1String("~/")))
            file = QDir::homePath() + file.mid(1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(QStringLiteral("cannot read %1: %2").arg(describeFile(written), f.errorString()));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                return line.trimmed();
        }
        return fail(QStringLiteral("%1 is empty").arg(describeFile(written)));
    }
    if (raw.startsWith(QLatin1String("keyring:")))
        return fail(QStringLiteral("keyring: API keys are not supported (as in cloacinactl); use env: or file:"));
    if (raw.trimmed().isEmpty())
        return fail(QStringLiteral("the API key is empty"));
    return raw;
}

QString Profiles::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.cloacina/config.toml");
}

Profiles Profiles::load(const QString& path)
{
    Profiles result;
    result.m_path = path;
    QFile file(path);
    if (!file.exists()) {
        result.m_error = { ProfileError::Kind::FileNotFound, path, 0, 0,
            QStringLiteral("the config file does not exist") };
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.m_error = { ProfileError::Kind::Unreadable, path, 0, 0,
            QStringLiteral("cannot read the config file: %1").arg(file.errorString()) };
        return result;
    }
    return parse(QString::fromUtf8(file.readAll()), path);
}

Profiles Profiles::parse(const QString& text, const QString& path)
{
    Profiles result;
    result.m_path = path;
    auto schemaError = [&](const QString& message) {
        result.m_profiles.clear();
        result.m_defaultProfile.clear();
        result.m_error = { ProfileError::Kind::Schema, path, 0, 0, message };
        return result;
    };

    Internal::Toml::ParseError parseError;
    const std::optional<QVariantMap> root = Internal::Toml::parse(text, &parseError);
    if (!root) {
        result.m_error = { ProfileError::Kind::Syntax, path, parseError.line, parseError.column,
            parseError.message };
        return result;
    }

    const QVariant defaultProfile = root->value(QStringLiteral("default_profile"));
    if (defaultProfile.isValid()) {
        if (defaultProfile.typeId() != QMetaType::QString)
            return schemaError(QStringLiteral("default_profile must be a string"));
        result.m_defaultProfile = defaultProfile.toString();
    }

    const QVariant profiles = root->value(QStringLiteral("profiles"));
    if (profiles.isValid()) {
        if (profiles.typeId() != QMetaType::QVariantMap)
            return schemaError(QStringLiteral("profiles must be a table"));
        const QVariantMap map = profiles.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().typeId() != QMetaType::QVariantMap)
                return schemaError(QStringLiteral("profiles.%1 must be a table").arg(it.key()));
            const QVariantMap entry = it.value().toMap();
            Profile profile;
            profile.name = it.key();
            const QVariant server = entry.value(QStringLiteral("server"));
            const QVariant key = entry.value(QStringLiteral("api_key"));
            if (server.typeId() != QMetaType::QString)
                return schemaError(QStringLiteral("profiles.%1.server must be a string").arg(it.key()));
            if (key.typeId() != QMetaType::QString)
                return schemaError(QStringLiteral("profiles.%1.api_key must be a string").arg(it.key()));
            profile.server = server.toString();
            profile.apiKeyReference = key.toString();
            result.m_profiles.append(profile);
        }
    }
    std::sort(result.m_profiles.begin(), result.m_profiles.end(),
        [](const Profile& a, const Profile& b) { return a.name < b.name; });
    return result;
}

QStringList Profiles::names() const
{
    QStringList out;
    for (const Profile& p : m_profiles)
        out.append(p.name);
    return out;
}

std::optional<Profile> Profiles::profile(const QString& name) const
{
    for (const Profile& p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> Profiles::defaultProfile() const
{
    if (m_defaultProfile.isEmpty())
        return std::nullopt;
    return profile(m_defaultProfile);
}

std::optional<Profile> Profiles::select(const QString& name, ProfileError* error) const
{
    if (!isValid()) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    const QString wanted = name.isEmpty() ? m_defaultProfile : name;
    if (wanted.isEmpty()) {
        if (error)
            *error = { ProfileError::Kind::NoSuchProfile, m_path, 0, 0,
                QStringLiteral("no profile named and no default_profile set") };
        return std::nullopt;
    }
    std::optional<Profile> found = profile(wanted);
    if (!found && error)
        *error = { ProfileError::Kind::NoSuchProfile, m_path, 0, 0,
            QStringLiteral("profile '%1' not found").arg(wanted) };
    return found;
}

ConnectionSources ConnectionSources::fromEnvironment()
{
    ConnectionSources sources;
    sources.envServer = qEnvironmentVariable("CLOACINA_SERVER_URL");
    sources.envApiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    return sources;
}

std::optional<ResolvedConnection> resolveConnection(const ConnectionSources& sources, ProfileError* error)
{
    auto fail = [&](ProfileError e) -> std::optional<ResolvedConnection> {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    const bool named = !sources.profileFlag.isEmpty();
    // Read even when flags and environment suffice: a broken file is then a warning.
    const Profiles profiles = Profiles::load(sources.configPath);
    const bool fileBroken = !profiles.isValid() && profiles.error().kind != ProfileError::Kind::FileNotFound;
    const bool needProfile = named || (sources.serverFlag.isEmpty() && sources.envServer.isEmpty())
        || sources.envApiKey.isEmpty();

    std::optional<Profile> profile;
    ResolvedConnection out;
    if (needProfile && (named || fileBroken || !profiles.defaultProfileName().isEmpty())) {
        // Without --profile, a missing file or no default_profile just means "no default".
        ProfileError selectError;
        profile = profiles.select(sources.profileFlag, &selectError);
        if (!profile)
            return fail(selectError);
    } else if (fileBroken) {
        out.configWarning = profiles.error().toString();
    }

    const bool serverFromProfile = sources.serverFlag.isEmpty() && profile && (named || sources.envServer.isEmpty());
    const bool keyFromProfile = profile && (named || sources.envApiKey.isEmpty());
    const QString server = !sources.serverFlag.isEmpty() ? sources.serverFlag
        : serverFromProfile                              ? profile->server
                                                         : sources.envServer;
    if (server.isEmpty())
        return fail({ ProfileError::Kind::NotConfigured, {}, 0, 0,
            QStringLiteral("no server configured: pass --server or --profile, set CLOACINA_SERVER_URL, "
                           "or set default_profile in the config file") });
    const QUrl url(server, QUrl::StrictMode);
    QString why;
    if (!Internal::isUsableBaseUrl(url, &why)) {
        const QString where = !sources.serverFlag.isEmpty() ? QStringLiteral("--server")
            : serverFromProfile                             ? QStringLiteral("profile '%1'").arg(profile->name)
                                                            : QStringLiteral("CLOACINA_SERVER_URL");
        return fail({ ProfileError::Kind::BadServerUrl, {}, 0, 0, QStringLiteral("%1: %2").arg(where, why) });
    }
    out.server = url;

    if (keyFromProfile) {
        ProfileError keyError;
        const std::optional<QString> key = profile->resolveApiKey(&keyError);
        if (!key)
            return fail(keyError);
        out.apiKey = *key;
    } else {
        out.apiKey = sources.envApiKey;
    }
    if (out.apiKey.isEmpty())
        return fail({ ProfileError::Kind::NotConfigured, {}, 0, 0,
            QStringLiteral("no API key configured: use --profile, set CLOACINA_API_KEY, "
                           "or set default_profile in the config file") });
    if (serverFromProfile || keyFromProfile)
        out.profileName = profile->name;
    return out;
}

CloacinaClient* clientFromProfile(const QString& name, QObject* parent, ProfileError* error, const QString& configPath)
{
    ProfileError local;
    ProfileError* e = error ? error : &local;
    const std::optional<Profile> profile = Profiles::load(configPath).select(name, e);
    if (!profile)
        return nullptr;
    auto* client = new CloacinaClient(parent);
    if (!client->applyProfile(*profile, e)) {
        delete client;
        return nullptr;
    }
    return client;
}

} // namespace Cloacina

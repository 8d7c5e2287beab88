#include <cloacina/profiles.h>

#include "toml_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
            return fail(QStringLiteral("the API key refers to environment variable %1, which is not set").arg(var));
        return qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    if (raw.startsWith(QLatin1String("file:"))) {
        QString file = raw.mid(5);
        if (file.startsWith(QLatin1String("~/")))
            file = QDir::homePath() + file.mid(1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(QStringLiteral("cannot read the API key file %1: %2").arg(file, f.errorString()));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                return line.trimmed();
        }
        return fail(QStringLiteral("the API key file %1 is empty").arg(file));
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

} // namespace Cloacina

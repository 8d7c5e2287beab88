#include "connectdialog.h"

#include "errorbanner.h"
#include "runview.h"
#include "secretstore.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/profiles.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>
#include <cloacinamodels/serversession.h>

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

QString ConnectionSettings::label() const
{
    QString s = QStringLiteral("%1 — %2").arg(url.toDisplayString(), tenant);
    if (!profile.isEmpty())
        s += QStringLiteral(" (%1)").arg(profile);
    return s;
}

QList<ConnectionSettings> ConnectDialog::recent()
{
    QSettings settings;
    QList<ConnectionSettings> list;
    const int n = settings.beginReadArray(QStringLiteral("recentConnections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionSettings c;
        c.url = settings.value(QStringLiteral("url")).toUrl();
        c.tenant = settings.value(QStringLiteral("tenant"), QStringLiteral("public")).toString();
        c.profile = settings.value(QStringLiteral("profile")).toString();
        if (c.url.isValid())
            list.append(c);
    }
    settings.endArray();
    return list;
}

void ConnectDialog::remember(const ConnectionSettings& s)
{
    QList<ConnectionSettings> list = recent();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const ConnectionSettings& c) {
        return c.url == s.url && c.tenant == s.tenant;
    }),
        list.end());
    list.prepend(s);
    while (list.size() > 10)
        list.removeLast();
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recentConnections"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("url"), list.at(i).url);
        settings.setValue(QStringLiteral("tenant"), list.at(i).tenant);
        settings.setValue(QStringLiteral("profile"), list.at(i).profile);
    }
    settings.endArray();
}

ConnectDialog::ConnectDialog(SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_check(new ServerSession(this))
{
    setWindowTitle(tr("Connect to cloacina-server"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->addItem(tr("(new connection)"));
    m_recentList = recent();
    for (const ConnectionSettings& c : std::as_const(m_recentList))
        m_recent->addItem(c.label());
    form->addRow(tr("&Recent:"), m_recent);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    form->addRow(tr("cloacinactl &profile:"), m_profiles);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://cloacina.example.com"));
    form->addRow(tr("Server &URL:"), m_url);
    m_tenant = new QLineEdit(QStringLiteral("public"), this);
    m_tenant->setObjectName(QStringLiteral("tenant"));
    form->addRow(tr("&Tenant:"), m_tenant);
    layout->addLayout(form);

    m_auth = new QTabWidget(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    auto* keyPage = new QWidget(m_auth);
    auto* keyForm = new QFormLayout(keyPage);
    m_key = new QLineEdit(keyPage);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("API key (stored only in the system keychain)"));
    keyForm->addRow(tr("API &key:"), m_key);
    m_remember = new QCheckBox(tr("Remember the key in the system keychain"), keyPage);
    m_remember->setChecked(true);
    keyForm->addRow(QString(), m_remember);
    m_auth->addTab(keyPage, tr("API key"));
    auto* loginPage = new QWidget(m_auth);
    auto* loginForm = new QFormLayout(loginPage);
    m_user = new QLineEdit(loginPage);
    m_user->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(loginPage);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    loginForm->addRow(tr("&Username:"), m_user);
    loginForm->addRow(tr("Pass&word:"), m_password);
    loginForm->addRow(QString(), new QLabel(tr("Logs in locally; the minted key is kept for this session only."), loginPage));
    m_auth->addTab(loginPage, tr("Username && password"));
    layout->addWidget(m_auth);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #8a6d00; }"));
    m_notice->setVisible(false);
    layout->addWidget(m_notice);
    if (!secrets->isAvailable()) {
        m_notice->setText(tr("No system keychain is available (%1): keys are kept in memory only.").arg(secrets->unavailableReason()));
        m_notice->setVisible(true);
    }

    m_checkError = createErrorBanner(QStringLiteral("checkError"), this);
    layout->addWidget(m_checkError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::checkAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    loadProfiles();
    connect(m_profiles, &QComboBox::activated, this, &ConnectDialog::applyProfile);
    connect(m_recent, &QComboBox::activated, this, &ConnectDialog::applyRecent);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(secrets, &SecretStore::unavailable, this, [this](const QString& reason) {
        m_notice->setText(tr("No system keychain is available (%1): keys are kept in memory only.").arg(reason));
        m_notice->setVisible(true);
    });
    validate();
}

void ConnectDialog::checkAndAccept()
{
    if (m_probe)
        return; // a check is under way
    if (useLogin()) {
        accept(); // the login itself checks the credentials
        return;
    }
    m_checkError->setVisible(false);
    const ConnectionSettings s = settings();
    auto* probe = new CloacinaClient(s.url, this);
    probe->setTenant(s.tenant);
    if (!apiKey().isEmpty())
        probe->setApiKey(apiKey());
    m_probe = probe;
    m_check->setClient(probe);
    m_ok->setEnabled(false);
    m_ok->setText(tr("Checking…"));
    m_check->connectToServer();
    connect(
        m_check, &ServerSession::finished, this, [this, probe](bool ok, const Error& e) {
            m_check->setClient(nullptr);
            probe->deleteLater();
            m_ok->setText(tr("&Connect"));
            validate();
            if (ok) {
                accept();
                return;
            }
            QString what = tr("Could not reach the server");
            switch (ServerSession::classify(e, !apiKey().isEmpty())) {
            case ServerSession::Problem::KeyMissing:
                what = tr("The server needs an API key");
                break;
            case ServerSession::Problem::KeyRefused:
                what = tr("The server refused this API key");
                break;
            case ServerSession::Problem::TenantForbidden:
                what = tr("This key may not use tenant %1").arg(settings().tenant.toHtmlEscaped());
                break;
            case ServerSession::Problem::ServerError:
                what = tr("The server answered with an error");
                break;
            case ServerSession::Problem::None:
            case ServerSession::Problem::Unreachable:
                break;
            }
            m_checkError->setText(tr("%1: %2. Nothing was changed; correct the fields and connect again.").arg(what, RunView::describe(e)));
            m_checkError->setVisible(true);
        },
        Qt::SingleShotConnection);
}

void ConnectDialog::loadProfiles()
{
    m_profiles->clear();
    m_profiles->addItem(tr("(none)"));
    const Profiles profiles = Profiles::load();
    if (!profiles.isValid()) {
        m_profiles->setEnabled(profiles.error().kind != ProfileError::Kind::FileNotFound);
        if (profiles.error().kind != ProfileError::Kind::FileNotFound) {
            // A broken file is said where it is seen, with file, line and column.
            m_profiles->setToolTip(profiles.error().toString());
            const QString text = tr("cloacinactl profiles unavailable: %1").arg(profiles.error().toString());
            m_notice->setText(m_notice->text().isEmpty() ? text : m_notice->text() + QLatin1Char('\n') + text);
            m_notice->setVisible(true);
        }
        return;
    }
    for (const QString& name : profiles.names())
        m_profiles->addItem(name == profiles.defaultProfileName() ? tr("%1 (default)").arg(name) : name, name);
    // A new connection starts from the default profile, as cloacinactl does without --profile.
    const int preselected = m_profiles->findData(profiles.defaultProfileName());
    if (!profiles.defaultProfileName().isEmpty() && preselected > 0) {
        m_profiles->setCurrentIndex(preselected);
        applyProfile(preselected);
    }
}

void ConnectDialog::applyProfile(int index)
{
    m_profileName = m_profiles->itemData(index).toString();
    if (m_profileName.isEmpty())
        return;
    ProfileError error;
    const auto profile = Profiles::load().select(m_profileName, &error);
    if (!profile) {
        m_notice->setText(error.toString());
        m_notice->setVisible(true);
        return;
    }
    m_url->setText(profile->server);
    const auto key = profile->resolveApiKey(&error);
    if (key) {
        m_key->setText(*key);
        m_remember->setChecked(false); // the profile already holds it
    } else {
        m_notice->setText(error.toString());
        m_notice->setVisible(true);
    }
}

void ConnectDialog::applyRecent(int index)
{
    if (index <= 0 || index > m_recentList.size())
        return;
    setSettings(m_recentList.at(index - 1));
}

void ConnectDialog::setSettings(const ConnectionSettings& s)
{
    m_url->setText(s.url.toString());
    m_tenant->setText(s.tenant);
    m_profileName = s.profile;
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(s.profile)));
    m_key->clear();
    m_secrets->read(SecretStore::keyFor(s.url.toString(), s.tenant), [this](bool ok, const QString& secret, const QString&) {
        if (ok && m_key->text().isEmpty())
            m_key->setText(secret);
    });
}

void ConnectDialog::validate()
{
    const QUrl url = QUrl::fromUserInput(m_url->text());
    const bool ok = url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    if (auto* buttons = findChild<QDialogButtonBox*>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings s;
    s.url = QUrl::fromUserInput(m_url->text().trimmed());
    s.tenant = m_tenant->text().trimmed().isEmpty() ? QStringLiteral("public") : m_tenant->text().trimmed();
    s.profile = m_profileName;
    return s;
}

QString ConnectDialog::apiKey() const { return m_key->text().trimmed(); }
bool ConnectDialog::rememberKey() const { return m_remember->isChecked() && m_auth->currentIndex() == 0; }
QString ConnectDialog::username() const { return m_user->text(); }
QString ConnectDialog::password() const { return m_password->text(); }
bool ConnectDialog::useLogin() const { return m_auth->currentIndex() == 1; }

} // namespace Cloacina::Monitor

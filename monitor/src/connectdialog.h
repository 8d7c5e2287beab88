#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

namespace Cloacina {
class CloacinaClient;
}
//! Compatibility alias of Cloacina::CloacinaClient, as declared in cloacinaclient.h.
using CloacinaClient = Cloacina::CloacinaClient;

namespace Cloacina {
class ServerSession;
}
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Cloacina::Monitor {

class SecretStore;

//! Where to connect: a server URL + tenant + key (typed, taken from a cloacinactl profile, or
//! minted by a local username/password login). Secrets never reach QSettings.
struct ConnectionSettings {
    QUrl url;
    QString tenant = QStringLiteral("public");
    QString profile; //!< cloacinactl profile name, if chosen from one
    QString label() const;
};

//! The Connect dialog. Recent connections (without secrets) come from QSettings; a key
//! remembered in the system keychain is filled in when a recent connection is picked.
//! Connect checks the server and the key first (a ServerSession: version, then `whoami`): a
//! refused key or an unreachable server is shown in the dialog, which stays open; only a
//! working key closes it.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(SecretStore* secrets, QWidget* parent = nullptr);

    ConnectionSettings settings() const;
    QString apiKey() const;
    bool rememberKey() const;
    //! Username and password for a local login (empty when the key tab is used).
    QString username() const;
    QString password() const;
    bool useLogin() const;
    void setSettings(const ConnectionSettings& s);

    //! Recent connections from QSettings (newest first) and saving one.
    static QList<ConnectionSettings> recent();
    static void remember(const ConnectionSettings& s);

    //! The label that shows why the last check failed (tests).
    QLabel* checkErrorLabel() const { return m_checkError; }

private:
    void checkAndAccept();
    void loadProfiles();
    void applyProfile(int index);
    void applyRecent(int index);
    void validate();

    SecretStore* m_secrets;
    QComboBox* m_recent;
    QComboBox* m_profiles;
    QLineEdit* m_url;
    QLineEdit* m_tenant;
    QLineEdit* m_key;
    QCheckBox* m_remember;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QTabWidget* m_auth;
    QLabel* m_notice;
    QLabel* m_checkError;
    QPushButton* m_ok;
    QPointer<CloacinaClient> m_probe;
    ServerSession* m_check;
    QList<ConnectionSettings> m_recentList;
    QString m_profileName;
};

} // namespace Cloacina::Monitor

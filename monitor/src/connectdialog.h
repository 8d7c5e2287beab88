#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
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

private:
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
    QList<ConnectionSettings> m_recentList;
    QString m_profileName;
};

} // namespace Cloacina::Monitor

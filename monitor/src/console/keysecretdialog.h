#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Cloacina::Monitor {

//! Shows a just-created API key's secret the one time it exists on screen: read-only, with Copy.
//! The server never returns it again and the monitor keeps no copy: the text is wiped when the
//! dialog closes, and nothing logs it.
class KeySecretDialog : public QDialog {
    Q_OBJECT
public:
    KeySecretDialog(const QString& keyName, const QString& secret, QWidget* parent = nullptr);
    ~KeySecretDialog() override;

    QPushButton* copyButton() const { return m_copy; }
    //! The field showing the secret (tests).
    QLineEdit* secretField() const { return m_secret; }

private:
    QLineEdit* m_secret;
    QPushButton* m_copy;
};

} // namespace Cloacina::Monitor

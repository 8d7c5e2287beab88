#pragma once

#include <cloacina/error.h>
#include <cloacina/types.h>

#include <QDialog>
#include <QJsonValue>
#include <QMap>

#include <optional>

class QLabel;
class QPushButton;

namespace Cloacina::Monitor {

//! The Fire dialog of a trigger: one typed field per slot of its declared interface (text,
//! number, whole number, check box, JSON), checked before sending; the server's typed error
//! (message, code, request id) is shown in the dialog, which stays open to correct the values.
class FireTriggerDialog : public QDialog {
    Q_OBJECT
public:
    FireTriggerDialog(const QString& triggerName, const QList<InputSlot>& inputSlots, QWidget* parent = nullptr);

    //! The editor of slot \a name (tests type into it), or null.
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    //! What is wrong with slot \a name's value (empty: nothing).
    QString problem(const QString& name) const;
    //! Shows the server's answer to the fire and enables Fire again.
    void showError(const Error& error);
    QLabel* errorBanner() const { return m_error; }
    QPushButton* fireButton() const { return m_fire; }

Q_SIGNALS:
    //! The values are valid: fire with \a event (none when the trigger declares no slot).
    void fireRequested(const std::optional<QJsonValue>& event);

private:
    void submit();
    QMap<QString, QVariant> values() const;

    QList<InputSlot> m_slots;
    QMap<QString, QWidget*> m_editors;
    QMap<QString, QLabel*> m_problems;
    QLabel* m_error;
    QPushButton* m_fire;
};

} // namespace Cloacina::Monitor

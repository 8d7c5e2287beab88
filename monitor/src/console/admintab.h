#pragma once

#include <cloacina/error.h>
#include <cloacina/whenready.h>

#include <QWidget>

class QPushButton;

namespace Cloacina {
class RefreshableListModel;
}

namespace Cloacina::Monitor {

class ConsoleContext;
class ListPane;

//! One tab of the Admin screen: a list (ListPane) of one tenant's (or the server's) tenants, keys,
//! accounts or secrets, with its actions gated by the key's role.
class AdminTab : public QWidget {
    Q_OBJECT
public:
    AdminTab(ConsoleContext* context, QWidget* parent = nullptr);

    //! The tenant the tab manages from now on.
    virtual void setTenant(const QString& tenant) = 0;
    //! The model the tab lists.
    virtual RefreshableListModel* model() const = 0;
    ListPane* pane() const { return m_pane; }
    //! Re-gates the actions (identity, selection or tenant changed).
    virtual void updateActions() = 0;
Q_SIGNALS:
    //! The last action succeeded: \a text says what happened (the screen's status line).
    void reported(const QString& text);
    //! The last action failed with \a error.
    void failed(const Cloacina::Error& error);

protected:
    ConsoleContext* context() const { return m_context; }
    //! Puts \a pane in the tab and re-gates on its selection.
    void setPane(ListPane* pane);
    //! An action button named \a objectName in the pane's action row.
    QPushButton* addAction(const QString& text, const QString& objectName);
    //! The selected source row, or -1.
    int currentRow() const;
    //! Why the key may not call \a operationId for \a tenant; empty when it may.
    QString denied(const QString& operationId, const QString& tenant) const;
    //! Asks to confirm a destructive action (ConsoleContext::confirm()).
    bool confirm(const QString& title, const QString& text, const QString& action);
    //! Shows \a dialog (deleted on close); a success refreshes the list and reports.
    void openDialog(class ActionFormDialog* dialog);
    //! Runs a dialog-less action (revoke, disable, delete): reports \a done or the error, then
    //! refreshes the list.
    template <typename T>
    void runAction(QFuture<Result<T>> future, const QString& done)
    {
        whenReady(std::move(future), this, [this, done](const Result<T>& r) {
            if (r)
                Q_EMIT reported(done);
            else
                Q_EMIT failed(r.error());
            refreshModel();
        });
    }

private:
    void refreshModel();

    ConsoleContext* m_context;
    ListPane* m_pane = nullptr;
};

} // namespace Cloacina::Monitor

#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Cloacina {
class RefreshableListModel;
}

namespace Cloacina::Monitor {

//! The top of a console pane, shared by ListPane and the Overview: the title, the model's state
//! ("loading… · updated 12:01:05"), a row for action buttons, the Refresh button (F5), and under
//! them the error banner of the last failed refresh (message, HTTP status, server code, request
//! id), saying that what is shown is kept.
class PaneHeader : public QWidget {
    Q_OBJECT
public:
    PaneHeader(const QString& title, RefreshableListModel* model, QWidget* parent = nullptr);

    //! Where screens add their action buttons (left of Refresh).
    QHBoxLayout* actions() const { return m_actions; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* errorBanner() const { return m_error; }
    QToolButton* refreshButton() const { return m_refresh; }

private:
    void updateStates();

    RefreshableListModel* m_model;
    QLabel* m_status;
    QLabel* m_error;
    QHBoxLayout* m_actions;
    QToolButton* m_refresh;
};

} // namespace Cloacina::Monitor

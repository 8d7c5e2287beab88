#pragma once

#include <QWidget>

class QAbstractItemModel;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Cloacina {
class RefreshableListModel;
}

namespace Cloacina::Monitor {

//! The frame of one console list: a header (title, "updated 12:01", loading, Refresh), the
//! error banner (message, HTTP status, server code, request id), the table — or, when the list
//! is empty, why (not connected, loading, the error, or the model's empty message) — a row of
//! actions, and an optional detail pane beside the table.
//!
//! The table shows \a view (the model or a proxy of it); states come from \a model.
class PaneHeader;

class ListPane : public QWidget {
    Q_OBJECT
public:
    ListPane(const QString& title, RefreshableListModel* model, QAbstractItemModel* view = nullptr,
        QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    //! Where screens add their action buttons (left of the Refresh button).
    QHBoxLayout* actions() const;
    //! Puts \a detail beside the table (right; below when \a below).
    void setDetail(QWidget* detail, bool below = false);
    QSplitter* splitter() const { return m_split; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* errorBanner() const;
    //! The source row of the current table row, or -1 (maps through a proxy).
    int currentSourceRow() const;
    //! Selects the source row \a row (maps through a proxy).
    void selectSourceRow(int row);

Q_SIGNALS:
    //! The current row changed; \a sourceRow is -1 when none.
    void currentRowChanged(int sourceRow);
    //! A row was double-clicked or Enter was pressed on it.
    void rowActivated(int sourceRow);

private:
    void updateStates();

    RefreshableListModel* m_model;
    QAbstractItemModel* m_view;
    PaneHeader* m_header;
    QLabel* m_empty;
    QTableView* m_table;
    QStackedWidget* m_stack;
    QSplitter* m_split;
};

} // namespace Cloacina::Monitor

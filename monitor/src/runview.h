#pragma once

#include <QWidget>

class QCheckBox;
class QScrollArea;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Cloacina {
class FailingTask;
class RunSession;
class RunEventFilterModel;
class TaskFilterModel;
struct Error;
}

namespace Cloacina::Monitor {

class ElidingLabel;
class GanttWidget;
class TaskGraphWidget;

//! The selected run: header (workflow, status, feeding source, counters), an error banner
//! (code + request id), tabs for events / tasks / timeline / graph, and the failing task's
//! full error text (copyable).
class RunView : public QWidget {
    Q_OBJECT
public:
    enum Tab { EventsTab,
        TasksTab,
        TimelineTab,
        GraphTab };

    explicit RunView(RunSession* session, QWidget* parent = nullptr);
    ~RunView() override;

    QTableView* eventTable() const { return m_events; }
    QTableView* taskTable() const { return m_tasks; }
    //! The sort/filter proxy between the task model and the task table.
    TaskFilterModel* taskFilter() const { return m_taskFilter; }
    QLineEdit* taskSearch() const { return m_taskSearch; }
    QLineEdit* eventSearch() const { return m_search; }
    //! "Showing 1 of 2024 events — filter active", hidden while nothing is filtered.
    QLabel* eventFilterNotice() const { return m_filterNotice; }
    QScrollArea* timelineScroll() const { return m_ganttScroll; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* statusLabel() const { return m_status; }
    ElidingLabel* titleLabel() const { return m_title; }
    ElidingLabel* countsLabel() const { return m_counts; }
    QLabel* errorBanner() const { return m_banner; }
    QPlainTextEdit* errorText() const { return m_errorText; }
    //! What the failure pane shows (shared with the QML monitor).
    FailingTask* failure() const { return m_failure; }
    QCheckBox* failuresOnlyBox() const { return m_failuresOnly; }
    GanttWidget* gantt() const { return m_gantt; }
    TaskGraphWidget* graph() const { return m_graph; }
    QSplitter* splitter() const { return m_split; }
    //! True when the event table follows new rows (scrolled to the bottom).
    bool isPinned() const { return m_pinned; }

    //! Shows a message in the banner (e.g. a refused re-run), with the error's code and
    //! request id; an empty error clears it.
    void showActionError(const QString& what, const Error& error);
    void clearActionError();
    //! Enables Re-run only when the key may start workflows; \a why explains a refusal.
    void setRerunAllowed(bool allowed, const QString& why = {});
    //! The Re-run button (tests).
    QPushButton* rerunButton() const { return m_rerun; }
    //! The banner text of an error: message, HTTP status, code and request id.
    static QString describe(const Error& error);

signals:
    void copyIdRequested();
    void rerunRequested();
    void reconnectRequested();

private:
    void updateHeader();
    void updateBanner();
    void updateFailure();
    void updateGraph();
    void showEventDetails();
    void setFailuresOnly(bool on);
    void updateFilterNotice();
    QWidget* buildTasksPage();
    QWidget* buildTimelinePage();

    RunSession* m_session;
    RunEventFilterModel* m_filter;
    FailingTask* m_failure;
    ElidingLabel* m_title;
    QLabel* m_shortId;
    QLabel* m_status;
    QLabel* m_source;
    ElidingLabel* m_counts;
    QLabel* m_banner;
    QLabel* m_actionBanner;
    QPushButton* m_copyId;
    QPushButton* m_rerun;
    QPushButton* m_reconnect;
    QTabWidget* m_tabs;
    QTableView* m_events;
    QTableView* m_tasks;
    TaskFilterModel* m_taskFilter;
    QLineEdit* m_taskSearch;
    QCheckBox* m_taskProblems;
    QScrollArea* m_ganttScroll;
    QLabel* m_filterNotice;
    QCheckBox* m_failuresOnly;
    QCheckBox* m_follow;
    QLineEdit* m_search;
    QPlainTextEdit* m_eventDetails;
    GanttWidget* m_gantt;
    TaskGraphWidget* m_graph;
    QLabel* m_failureTitle;
    QPlainTextEdit* m_errorText;
    QPushButton* m_copyError;
    QSplitter* m_split;
    QSplitter* m_eventSplit;
    bool m_pinned = true;
    bool m_rerunAllowed = true;
    QString m_rerunRefusal;
};

} // namespace Cloacina::Monitor

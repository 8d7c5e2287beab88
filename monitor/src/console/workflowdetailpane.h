#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace Cloacina {
class WorkflowInspector;
struct RecentRun;
}

namespace Cloacina::Monitor {

class RecentRunsStrip;
class TaskGraphWidget;

//! The selected package of the Workflows screen: name, version, build status and build error,
//! the recent-runs strip, and tabs for the task graph with the tasks' docs and the source
//! (read-only, monospace). Shows what a WorkflowInspector holds.
class WorkflowDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowDetailPane(WorkflowInspector* inspector, QWidget* parent = nullptr);

    void setRecentRuns(const QList<RecentRun>& runs);
    RecentRunsStrip* strip() const { return m_strip; }
    TaskGraphWidget* graph() const { return m_graph; }
    QPlainTextEdit* sourceView() const { return m_source; }
    QLabel* buildLabel() const { return m_build; }
    QPlainTextEdit* buildErrorView() const { return m_buildError; }
    QTextBrowser* taskDocs() const { return m_docs; }

private:
    void showDetail();
    void showSource();
    void showSourceFile(int index);

    WorkflowInspector* m_inspector;
    QLabel* m_title;
    QLabel* m_build;
    QLabel* m_detailError;
    QPlainTextEdit* m_buildError;
    RecentRunsStrip* m_strip;
    QTabWidget* m_tabs;
    TaskGraphWidget* m_graph;
    QTextBrowser* m_docs;
    QComboBox* m_files;
    QPlainTextEdit* m_source;
};

} // namespace Cloacina::Monitor

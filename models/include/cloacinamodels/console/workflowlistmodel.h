#pragma once

#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/console/workflowbackend.h>

#include <QHash>
#include <QSet>
#include <QVariantList>

namespace Cloacina {

//! One run in a workflow's recent-runs strip.
struct RecentRun {
    QString id; //!< execution UUID
    QString status; //!< "Completed", "Failed", …
    //! when it started
    QDateTime startedAt;
    //! Member-wise equality.
    bool operator==(const RecentRun& o) const { return id == o.id && status == o.status && startedAt == o.startedAt; }
};

//! One row of the Workflows list: a registered package version, or an upload of this session
//! whose build has not succeeded yet.
struct WorkflowRow {
    QString packageId; //!< package UUID (the row's key)
    //! the workflow the package declares
    QString workflowName;
    //! the package (what pause, resume and delete name)
    QString packageName;
    //! the package version
    QString version;
    //! the package description; may be empty
    QString description;
    //! true while no new run of the workflow starts
    bool paused = false;
    //! how many tasks the workflow has
    int taskCount = 0;
    //! pending, building, success or failed; empty until the package was inspected.
    QString buildStatus;
    QString buildError; //!< the compiler's message of a failed build
    QList<RecentRun> recentRuns; //!< newest first, at most recentRunCount()
    //! Member-wise equality.
    bool operator==(const WorkflowRow& o) const;
};

//! The workflows of the client's tenant (`list_workflows`), each with its build state
//! (`get_workflow` by package id, asked once per package version and again while unsettled)
//! and its last runs (one `list_executions` of the tenant's newest runs, grouped by workflow).
//!
//! Uploads handed to trackUpload() are rows from the start, whatever their build state (the
//! server lists built packages only); while any build is pending or building the model refreshes
//! every settlePollInterval() ms until it settles, then emits buildSettled().
class WorkflowListModel : public RefreshableListModel {
    Q_OBJECT
    //! Runs shown per workflow (the strip's length); 20 by default.
    Q_PROPERTY(int recentRunCount READ recentRunCount WRITE setRecentRunCount NOTIFY recentRunCountChanged)

public:
    //! The Widgets table's columns, one per field.
    enum Column { NameColumn,
        PackageColumn,
        VersionColumn,
        BuildColumn,
        PausedColumn,
        TasksColumn,
        RunsColumn,
        ColumnCount };
    //! The roles QML delegates read (roleNames()).
    enum Role {
        PackageIdRole = Qt::UserRole + 1,
        WorkflowNameRole,
        PackageNameRole,
        VersionRole,
        DescriptionRole,
        PausedRole,
        TaskCountRole,
        BuildStatusRole,
        BuildErrorRole,
        //! A list of {id, status, startedAt} maps, newest first.
        RecentRunsRole,
    };
    Q_ENUM(Role)

    //! An empty list; lists once a client is set.
    explicit WorkflowListModel(QObject* parent = nullptr);

    //! Uses \a backend instead of the client's (tests); refreshes when valid.
    void setBackend(const WorkflowBackend& backend);
    //! The backend in use.
    const WorkflowBackend& backend() const { return m_backend; }

    //! ColumnCount columns.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A row's field: display text per column, or the value of a Role.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The translated column titles.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The Role names for QML (packageId, workflowName, recentRuns, …).
    QHash<int, QByteArray> roleNames() const override;

    //! The row \a row (a default row when out of range).
    WorkflowRow row(int row) const;
    //! The row of package \a packageId, or -1.
    Q_INVOKABLE int rowOfPackage(const QString& packageId) const;
    //! The first row of workflow \a workflowName, or -1.
    Q_INVOKABLE int rowOfWorkflow(const QString& workflowName) const;

    //! Shows the uploaded package \a packageId (any build state) and follows its build.
    Q_INVOKABLE void trackUpload(const QString& packageId);

    //! Runs shown per workflow.
    int recentRunCount() const { return m_recentRunCount; }
    //! Sets the strip's length (1..200) and refreshes.
    void setRecentRunCount(int count);
    //! How often an unsettled build is asked again, in ms (1000 by default).
    int settlePollInterval() const { return m_settlePollMs; }
    //! Sets how often an unsettled build is asked again (at least 50 ms).
    void setSettlePollInterval(int ms) { m_settlePollMs = qMax(50, ms); }

Q_SIGNALS:
    //! recentRunCount changed.
    void recentRunCountChanged();
    //! The build of package \a packageId ended with \a buildStatus (success or failed).
    void buildSettled(const QString& packageId, const QString& buildStatus, const QString& buildError);

protected:
    void fetch(quint64 ticket) override;
    void clientReplaced() override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    struct Build {
        QString status;
        QString error;
        WorkflowDetail detail;
    };
    struct Pending;
    void finishFetch(quint64 ticket, const Pending& pending);
    QList<WorkflowRow> rowsFrom(const QList<WorkflowSummary>& listed, const QHash<QString, QList<RecentRun>>& runs) const;
    void inspect(const QString& packageId, const QString& tenant);
    void applyBuild(const QString& packageId, const Build& build);
    void scheduleSettlePoll();

    WorkflowBackend m_backend;
    bool m_ownBackend = true; //!< built from the client (rebuilt when it changes)
    QList<WorkflowRow> m_rows;
    QHash<QString, Build> m_builds; //!< by package id
    QSet<QString> m_tracked; //!< uploads of this session not (yet) listed as built
    QSet<QString> m_inspecting;
    quint64 m_epoch = 0; //!< bumped when the client changes: late inspections are dropped
    int m_recentRunCount = 20;
    int m_settlePollMs = 1000;
    bool m_settlePollQueued = false;
};

} // namespace Cloacina

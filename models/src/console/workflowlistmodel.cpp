#include <cloacinamodels/console/workflowlistmodel.h>

#include "logging_p.h"

#include <cloacina/whenready.h>

#include <QTimer>

#include <memory>
#include <optional>

namespace Cloacina {

namespace {
    //! How many of the tenant's newest runs one refresh reads to fill the strips.
    constexpr int runsPerRefresh = 500;
} // namespace

bool WorkflowRow::operator==(const WorkflowRow& o) const
{
    return packageId == o.packageId && workflowName == o.workflowName && packageName == o.packageName
        && version == o.version && description == o.description && paused == o.paused && taskCount == o.taskCount
        && buildStatus == o.buildStatus && buildError == o.buildError && recentRuns == o.recentRuns;
}

//! The two answers one refresh waits for.
struct WorkflowListModel::Pending {
    QString tenant;
    std::optional<Result<QList<WorkflowSummary>>> list;
    std::optional<Result<QList<ExecutionRecord>>> runs;
};

WorkflowListModel::WorkflowListModel(QObject* parent)
    : RefreshableListModel(parent)
{
}

void WorkflowListModel::setBackend(const WorkflowBackend& backend)
{
    m_backend = backend;
    m_ownBackend = false;
    ++m_epoch;
    m_builds.clear();
    m_inspecting.clear();
    if (m_backend.isValid() && client())
        refresh();
}

void WorkflowListModel::clientReplaced()
{
    ++m_epoch;
    m_builds.clear();
    m_tracked.clear();
    m_inspecting.clear();
    if (m_ownBackend)
        m_backend = client() ? workflowBackend(client()) : WorkflowBackend();
}

int WorkflowListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkflowRow& r = m_rows.at(index.row());
    switch (role) {
    case PackageIdRole:
        return r.packageId;
    case WorkflowNameRole:
        return r.workflowName;
    case PackageNameRole:
        return r.packageName;
    case VersionRole:
        return r.version;
    case DescriptionRole:
        return r.description;
    case PausedRole:
        return r.paused;
    case TaskCountRole:
        return r.taskCount;
    case BuildStatusRole:
        return r.buildStatus;
    case BuildErrorRole:
        return r.buildError;
    case RecentRunsRole: {
        QVariantList runs;
        for (const RecentRun& run : r.recentRuns)
            runs.append(QVariantMap { { QStringLiteral("id"), run.id }, { QStringLiteral("status"), run.status },
                { QStringLiteral("startedAt"), run.startedAt } });
        return runs;
    }
    case Qt::ToolTipRole:
        if (index.column() == BuildColumn && !r.buildError.isEmpty())
            return r.buildError;
        if (index.column() == NameColumn && !r.description.isEmpty())
            return r.description;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.workflowName;
        case PackageColumn:
            return r.packageName;
        case VersionColumn:
            return r.version;
        case BuildColumn:
            return r.buildStatus.isEmpty() ? tr("…") : r.buildStatus;
        case PausedColumn:
            return r.paused ? tr("paused") : QString();
        case TasksColumn:
            return r.taskCount;
        case RunsColumn:
            return r.recentRuns.isEmpty() ? tr("no recent runs") : QString();
        }
        return {};
    }
    return {};
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Workflow");
    case PackageColumn:
        return tr("Package");
    case VersionColumn:
        return tr("Version");
    case BuildColumn:
        return tr("Build");
    case PausedColumn:
        return tr("Paused");
    case TasksColumn:
        return tr("Tasks");
    case RunsColumn:
        return tr("Last runs");
    }
    return {};
}

QHash<int, QByteArray> WorkflowListModel::roleNames() const
{
    return { { PackageIdRole, "packageId" }, { WorkflowNameRole, "workflowName" }, { PackageNameRole, "packageName" },
        { VersionRole, "version" }, { DescriptionRole, "description" }, { PausedRole, "paused" },
        { TaskCountRole, "taskCount" }, { BuildStatusRole, "buildStatus" }, { BuildErrorRole, "buildError" },
        { RecentRunsRole, "recentRuns" }, { Qt::DisplayRole, "display" } };
}

WorkflowRow WorkflowListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : WorkflowRow();
}

int WorkflowListModel::rowOfPackage(const QString& packageId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).packageId == packageId)
            return i;
    }
    return -1;
}

int WorkflowListModel::rowOfWorkflow(const QString& workflowName) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).workflowName == workflowName)
            return i;
    }
    return -1;
}

void WorkflowListModel::trackUpload(const QString& packageId)
{
    if (packageId.isEmpty())
        return;
    m_tracked.insert(packageId);
    m_builds.remove(packageId); // an upload of the same bytes may have been built before
    refresh();
}

void WorkflowListModel::setRecentRunCount(int count)
{
    count = qBound(1, count, 200);
    if (count == m_recentRunCount)
        return;
    m_recentRunCount = count;
    Q_EMIT recentRunCountChanged();
    refresh();
}

QString WorkflowListModel::emptyMessage() const
{
    return tr("No workflow is registered in this tenant. Upload a .cloacina package to add one.");
}

void WorkflowListModel::fetch(quint64 ticket)
{
    if (!m_backend.isValid()) {
        finishRefresh(ticket, Error::make(Error::Kind::Network, tr("Not connected to a server.")));
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->tenant = m_backend.defaultTenant();
    whenReady(m_backend.listWorkflows(pending->tenant), this, [this, ticket, pending](const auto& r) {
        pending->list = r;
        finishFetch(ticket, *pending);
    });
    whenReady(m_backend.recentRuns(pending->tenant, runsPerRefresh), this, [this, ticket, pending](const auto& r) {
        pending->runs = r;
        finishFetch(ticket, *pending);
    });
}

void WorkflowListModel::finishFetch(quint64 ticket, const Pending& pending)
{
    if (!pending.list || !pending.runs || !isCurrent(ticket))
        return;
    if (!*pending.list) {
        finishRefresh(ticket, pending.list->error());
        return;
    }
    QHash<QString, QList<RecentRun>> runs;
    const bool haveRuns = bool(*pending.runs);
    if (haveRuns) {
        for (const ExecutionRecord& e : pending.runs->value()) {
            QList<RecentRun>& strip = runs[e.workflow];
            if (strip.size() < m_recentRunCount)
                strip.append({ e.id, e.status, e.startedAt });
        }
    } else {
        // The strips keep what they showed; the list itself is fresh.
        qCDebug(lcModel).noquote() << "recent runs:" << pending.runs->error().toString();
        for (const WorkflowRow& r : std::as_const(m_rows))
            runs.insert(r.workflowName, r.recentRuns);
    }
    QList<WorkflowRow> fresh = rowsFrom(pending.list->value(), runs);
    mergeRows(
        m_rows, fresh, [](const WorkflowRow& r) { return r.packageId; },
        [](const WorkflowRow& a, const WorkflowRow& b) { return a == b; });
    // Inspect new package versions, and again every build that has not settled.
    for (const WorkflowRow& r : std::as_const(m_rows)) {
        if (r.buildStatus.isEmpty() || isBuildUnsettled(r.buildStatus))
            inspect(r.packageId, pending.tenant);
    }
    for (const QString& id : std::as_const(m_tracked)) {
        if (!m_builds.contains(id) || isBuildUnsettled(m_builds.value(id).status))
            inspect(id, pending.tenant);
    }
    finishRefresh(ticket);
    scheduleSettlePoll();
}

QList<WorkflowRow> WorkflowListModel::rowsFrom(
    const QList<WorkflowSummary>& listed, const QHash<QString, QList<RecentRun>>& runs) const
{
    QList<WorkflowRow> rows;
    QSet<QString> seen;
    const auto withBuild = [this, &runs](WorkflowRow r) {
        const auto build = m_builds.constFind(r.packageId);
        if (build != m_builds.constEnd()) {
            r.buildStatus = build->status;
            r.buildError = build->error;
        }
        r.recentRuns = runs.value(r.workflowName);
        return r;
    };
    for (const WorkflowSummary& w : listed) {
        WorkflowRow r;
        r.packageId = w.id;
        r.workflowName = w.workflowName;
        r.packageName = w.packageName;
        r.version = w.version;
        r.description = w.description && !w.description->isNull() ? QString(w.description->value()) : QString();
        r.paused = w.paused.value_or(false);
        r.taskCount = int(w.tasks.size());
        rows.append(withBuild(r));
        seen.insert(w.id);
    }
    // Uploads the list does not show yet (pending, building, failed): from their inspection.
    for (const QString& id : m_tracked) {
        const auto build = m_builds.constFind(id);
        if (seen.contains(id) || build == m_builds.constEnd())
            continue;
        const WorkflowDetail& d = build->detail;
        WorkflowRow r;
        r.packageId = id;
        r.workflowName = d.workflowName;
        r.packageName = d.packageName;
        r.version = d.version;
        r.paused = d.paused.value_or(false);
        r.taskCount = int(d.tasks.size());
        rows.append(withBuild(r));
    }
    return rows;
}

void WorkflowListModel::inspect(const QString& packageId, const QString& tenant)
{
    if (m_inspecting.contains(packageId))
        return;
    m_inspecting.insert(packageId);
    whenReady(m_backend.getWorkflow(packageId, tenant), this, [this, packageId, epoch = m_epoch](const Result<WorkflowDetail>& r) {
        if (epoch != m_epoch)
            return;
        m_inspecting.remove(packageId);
        if (!r) {
            qCDebug(lcModel).noquote() << "inspect package" << packageId << r.error().toString();
            if (r.error().httpStatus == 404 && m_tracked.remove(packageId))
                refresh(); // the upload was superseded or deleted meanwhile
            return;
        }
        Build build { r.value().buildStatus, QString(), r.value() };
        if (r.value().buildError && !r.value().buildError->isNull())
            build.error = r.value().buildError->value();
        applyBuild(packageId, build);
    });
}

void WorkflowListModel::applyBuild(const QString& packageId, const Build& build)
{
    const auto before = m_builds.constFind(packageId);
    const bool wasUnsettled = before == m_builds.constEnd() || isBuildUnsettled(before->status);
    m_builds.insert(packageId, build);
    const int row = rowOfPackage(packageId);
    if (row >= 0) {
        if (m_rows[row].buildStatus != build.status || m_rows[row].buildError != build.error) {
            m_rows[row].buildStatus = build.status;
            m_rows[row].buildError = build.error;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else if (m_tracked.contains(packageId)) {
        refresh(); // a tracked upload becomes a row
    }
    if (m_tracked.contains(packageId) && wasUnsettled && !isBuildUnsettled(build.status)) {
        if (build.status == QLatin1String("success"))
            m_tracked.remove(packageId); // listed from now on
        Q_EMIT buildSettled(packageId, build.status, build.error);
    }
    scheduleSettlePoll();
}

void WorkflowListModel::scheduleSettlePoll()
{
    if (m_settlePollQueued)
        return;
    bool unsettled = false;
    for (const WorkflowRow& r : std::as_const(m_rows))
        unsettled = unsettled || isBuildUnsettled(r.buildStatus);
    for (const QString& id : std::as_const(m_tracked))
        unsettled = unsettled || !m_builds.contains(id) || isBuildUnsettled(m_builds.value(id).status);
    if (!unsettled)
        return;
    m_settlePollQueued = true;
    QTimer::singleShot(m_settlePollMs, this, [this] {
        m_settlePollQueued = false;
        if (client())
            refresh();
    });
}

} // namespace Cloacina

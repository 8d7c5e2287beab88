#pragma once

#include <cloacinamodels/console/fleetlistmodel.h>

namespace Cloacina {

//! The live execution agents (`list_agents`), one row per agent keyed by its id: tenant, target,
//! capabilities, work in flight against its concurrency, and how long ago it last heartbeat.
//! Agents heartbeat every 15 s; a row whose heartbeat is 30 s old or more is flagged `late`
//! (the server drops an agent from the roster after 45 s of silence).
//!
//! `list_agents` needs an admin key: with `deniedReason` set (ServerSession::deniedReason()),
//! the model asks nothing and its empty text says why.
class AgentListModel : public FleetListModel {
    Q_OBJECT
    //! Agents whose heartbeat is late.
    Q_PROPERTY(int lateCount READ lateCount NOTIFY countChanged)

public:
    //! The Widgets table's columns.
    enum Column { AgentColumn,
        StateColumn,
        TenantColumn,
        TargetColumn,
        InFlightColumn,
        CapacityColumn,
        HeartbeatColumn,
        CapabilitiesColumn,
        ColumnCount };
    //! The fields by role, for QML (roleNames()).
    enum Role { AgentIdRole = Qt::UserRole + 1,
        TenantRole,
        TargetRole,
        CapabilitiesRole,
        InFlightRole,
        MaxConcurrencyRole,
        AvailableRole,
        HeartbeatSecondsRole,
        LateRole,
        StateRole };
    //! A heartbeat this old (two missed beats) flags the agent.
    static constexpr qint64 LateAfterSeconds = 30;

    //! An empty list; set `client` to list.
    explicit AgentListModel(QObject* parent = nullptr);

    //! Agents whose heartbeat is late.
    int lateCount() const;
    //! The agent of row \a row (0 <= row < rowCount()).
    const AgentInfo& agentAt(int row) const { return m_rows.at(row); }
    //! "idle", "working", "full" or "late heartbeat" (translated) for \a agent.
    static QString stateText(const AgentInfo& agent);

    //! One column per field (Column).
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! The text of a cell (DisplayRole) or a field by Role.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The columns' titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! agentId, tenant, target, capabilities, inFlight, maxConcurrency, available, heartbeatSeconds, late, state.
    QHash<int, QByteArray> roleNames() const override;

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<AgentInfo> m_rows;
};

} // namespace Cloacina

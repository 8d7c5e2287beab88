#pragma once

#include <cloacinamodels/console/fleetlistmodel.h>

namespace Cloacina {

//! The package compiler's state (`compiler_status`) as a one-row list (so it shares the console
//! lists' loading / error / empty states and auto-refresh) plus properties for a summary view:
//! the compiler's status word, the packages pending and building, when a build last succeeded
//! and failed, and the compiler's heartbeat age.
//!
//! `compiler_status` needs a global admin key: with `deniedReason` set the model asks nothing and
//! its empty text says why.
class CompilerStatusModel : public FleetListModel {
    Q_OBJECT
    //! The compiler's status word as the server reports it ("running", "idle", …); empty before.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    //! Packages waiting for a build.
    Q_PROPERTY(qint64 pending READ pending NOTIFY statusChanged)
    //! Packages being built.
    Q_PROPERTY(qint64 building READ building NOTIFY statusChanged)
    //! When a build last succeeded / failed (UTC); invalid when never or unknown.
    Q_PROPERTY(QDateTime lastSuccessAt READ lastSuccessAt NOTIFY statusChanged)
    //! When a build last failed (UTC); invalid when never or unknown.
    Q_PROPERTY(QDateTime lastFailureAt READ lastFailureAt NOTIFY statusChanged)
    //! Seconds since the compiler's last heartbeat; -1 when the server does not know.
    Q_PROPERTY(qint64 heartbeatSeconds READ heartbeatSeconds NOTIFY statusChanged)

public:
    //! The Widgets table's columns.
    enum Column { StatusColumn,
        PendingColumn,
        BuildingColumn,
        LastSuccessColumn,
        LastFailureColumn,
        HeartbeatColumn,
        ColumnCount };

    //! No row until the first answer; set `client` to ask.
    explicit CompilerStatusModel(QObject* parent = nullptr);

    //! The compiler's status word; empty before the first answer.
    QString status() const;
    //! Packages waiting for a build.
    qint64 pending() const;
    //! Packages being built.
    qint64 building() const;
    //! When a build last succeeded (UTC); invalid when never or unknown.
    QDateTime lastSuccessAt() const;
    //! When a build last failed (UTC); invalid when never or unknown.
    QDateTime lastFailureAt() const;
    //! Seconds since the compiler's heartbeat; -1 when unknown.
    qint64 heartbeatSeconds() const;

    //! One column per field (Column).
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! The text of a cell (DisplayRole) or a field by Role.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The columns' titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! The status or one of its numbers changed.
    void statusChanged();

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    void adopt(QList<CompilerStatus> rows);

    QList<CompilerStatus> m_rows; // none or one
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/reactorscopedmodel.h>

#include <QDateTime>

namespace Cloacina {

//! Fires per minute of one reactor over the last hour (`reactor_fire_timeseries`: one bucket
//! per minute, oldest first, the last bucket the current minute), one row per minute. Charts
//! bind to it; a refresh shifts the window and keeps the minutes already shown.
class FireSeriesModel : public ReactorScopedModel {
    Q_OBJECT
    //! The largest bucket (for the chart's axis); 0 when empty.
    Q_PROPERTY(int maxFires READ maxFires NOTIFY seriesChanged)
    //! Fires in the whole window.
    Q_PROPERTY(int totalFires READ totalFires NOTIFY seriesChanged)
    //! Start of the oldest minute (UTC); invalid when empty.
    Q_PROPERTY(QDateTime firstMinute READ firstMinute NOTIFY seriesChanged)
    //! Start of the newest minute (UTC); invalid when empty.
    Q_PROPERTY(QDateTime lastMinute READ lastMinute NOTIFY seriesChanged)
public:
    //! The table's columns, in display order.
    enum Column { MinuteColumn,
        FiresColumn,
        ColumnCount };
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        MinuteRole = Qt::UserRole + 1, //!< QDateTime (UTC): the start of the minute
        FiresRole, //!< int
        MinuteMsRole, //!< the start of the minute in ms since the epoch (for charts)
    };
    Q_ENUM(Role)

    //! One minute of the series.
    struct Bucket {
        qint64 minuteMs = 0; //!< start of the minute, ms since the epoch (UTC)
        int fires = 0; //!< fires in that minute
        //! Same minute and count.
        bool operator==(const Bucket& o) const { return minuteMs == o.minuteMs && fires == o.fires; }
    };

    //! An empty list; a client (or a test backend) fills it.
    explicit FireSeriesModel(QObject* parent = nullptr);

    //! The largest bucket; 0 when empty.
    int maxFires() const;
    //! Fires in the whole window.
    int totalFires() const;
    //! Start of the oldest minute (UTC); invalid when empty.
    QDateTime firstMinute() const;
    //! Start of the newest minute (UTC); invalid when empty.
    QDateTime lastMinute() const;
    //! The minutes, oldest first.
    const QList<Bucket>& buckets() const { return m_rows; }

    //! Test seam: the clock that places the last bucket (default: the current time).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! The buckets changed (after a refresh or a reactor change).
    void seriesChanged();

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    void merge(QList<Bucket> fresh);

    QList<Bucket> m_rows;
    std::function<QDateTime()> m_clock;
};

} // namespace Cloacina

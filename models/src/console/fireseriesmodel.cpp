#include <cloacinamodels/console/fireseriesmodel.h>

#include <cloacinamodels/format.h>

#include <QTimeZone>

namespace Cloacina {

namespace {
    constexpr qint64 minuteMs = 60 * 1000;

    QDateTime utcAt(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
} // namespace

FireSeriesModel::FireSeriesModel(QObject* parent)
    : ReactorScopedModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(this, &QAbstractItemModel::modelReset, this, &FireSeriesModel::seriesChanged);
}

int FireSeriesModel::maxFires() const
{
    int most = 0;
    for (const Bucket& b : m_rows)
        most = qMax(most, b.fires);
    return most;
}

int FireSeriesModel::totalFires() const
{
    int sum = 0;
    for (const Bucket& b : m_rows)
        sum += b.fires;
    return sum;
}

QDateTime FireSeriesModel::firstMinute() const
{
    return m_rows.isEmpty() ? QDateTime() : utcAt(m_rows.first().minuteMs);
}

QDateTime FireSeriesModel::lastMinute() const
{
    return m_rows.isEmpty() ? QDateTime() : utcAt(m_rows.last().minuteMs);
}

int FireSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FireSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bucket& b = m_rows.at(index.row());
    const QDateTime minute = utcAt(b.minuteMs);
    switch (role) {
    case MinuteRole:
        return minute;
    case FiresRole:
        return b.fires;
    case MinuteMsRole:
        return b.minuteMs;
    case Qt::DisplayRole:
        return index.column() == MinuteColumn ? QVariant(minute.toLocalTime().toString(QStringLiteral("HH:mm")))
                                              : QVariant(b.fires);
    }
    return {};
}

QVariant FireSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MinuteColumn ? tr("Minute") : tr("Fires");
}

QHash<int, QByteArray> FireSeriesModel::roleNames() const
{
    return { { MinuteRole, "minute" }, { FiresRole, "fires" }, { MinuteMsRole, "minuteMs" } };
}

void FireSeriesModel::fetch(quint64 ticket)
{
    if (reactor().isEmpty()) {
        merge({});
        finishRefresh(ticket);
        return;
    }
    if (!backendReady(ticket))
        return;
    adoptAnswer(ticket, backend().reactorFireTimeseries(reactor()), [this](const ReactorFireTimeseries& series) {
        // The last bucket is the server's current minute (upstream aligns to it).
        const qint64 now = m_clock().toMSecsSinceEpoch() / minuteMs * minuteMs;
        const QList<int>& counts = series.buckets;
        QList<Bucket> fresh;
        fresh.reserve(counts.size());
        for (int i = 0; i < counts.size(); ++i)
            fresh.append({ now - (counts.size() - 1 - i) * minuteMs, qMax(0, counts.at(i)) });
        merge(std::move(fresh));
    });
}

void FireSeriesModel::merge(QList<Bucket> fresh)
{
    const QList<Bucket> before = m_rows;
    mergeRows(
        m_rows, std::move(fresh), [](const Bucket& b) { return b.minuteMs; },
        [](const Bucket& a, const Bucket& b) { return a == b; });
    if (m_rows != before)
        Q_EMIT seriesChanged();
}

QString FireSeriesModel::emptyMessage() const
{
    return reactor().isEmpty() ? tr("Select a graph to chart its fires.") : tr("No fire counts yet.");
}

} // namespace Cloacina

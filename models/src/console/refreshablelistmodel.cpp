#include <cloacinamodels/console/refreshablelistmodel.h>

#include <cloacinamodels/clientof.h>

namespace Cloacina {

RefreshableListModel::RefreshableListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        // An auto-refresh never piles up behind a slow server.
        if (!m_loading && m_client)
            refresh();
    });
    // The empty text depends on several states; announce it only when it really changes.
    for (auto signal : { &RefreshableListModel::loadingChanged, &RefreshableListModel::lastErrorChanged,
             &RefreshableListModel::countChanged, &RefreshableListModel::clientChanged,
             &RefreshableListModel::lastRefreshedChanged }) {
        connect(this, signal, this, [this] {
            const QString text = emptyText();
            if (text != m_lastEmptyText) {
                m_lastEmptyText = text;
                Q_EMIT emptyTextChanged();
            }
        });
    }
}

RefreshableListModel::~RefreshableListModel() = default;

QObject* RefreshableListModel::clientObject() const
{
    return m_clientObject;
}

void RefreshableListModel::setClientObject(QObject* object)
{
    CloacinaClient* client = clientOf(object);
    if (object == m_clientObject && client == m_client)
        return;
    m_clientObject = object;
    m_client = client;
    ++m_ticket; // answers for the previous client are dropped
    clear();
    clientReplaced();
    Q_EMIT clientChanged();
    if (m_client)
        refresh();
    if (m_autoRefreshMs > 0 && m_client)
        m_autoRefresh.start(m_autoRefreshMs);
    else
        m_autoRefresh.stop();
}

void RefreshableListModel::setAutoRefreshInterval(int ms)
{
    ms = qMax(0, ms);
    if (ms == m_autoRefreshMs)
        return;
    m_autoRefreshMs = ms;
    if (ms > 0 && m_client)
        m_autoRefresh.start(ms);
    else
        m_autoRefresh.stop();
    Q_EMIT autoRefreshIntervalChanged();
}

QString RefreshableListModel::emptyText() const
{
    if (storedRowCount() > 0)
        return QString();
    if (!m_client)
        return tr("Not connected.");
    if (hasError())
        return tr("Could not load: %1").arg(m_lastError.message);
    if (!isLoaded())
        return tr("Loading…");
    return emptyMessage();
}

int RefreshableListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : storedRowCount();
}

void RefreshableListModel::refresh()
{
    if (!m_client) {
        setError(Error::make(Error::Kind::Network, tr("Not connected to a server.")));
        Q_EMIT refreshed(false);
        return;
    }
    if (m_loading) {
        m_again = true;
        return;
    }
    setLoading(true);
    fetch(++m_ticket);
}

void RefreshableListModel::clear()
{
    if (storedRowCount() > 0) {
        const int before = storedRowCount();
        beginResetModel();
        clearRows();
        endResetModel();
        announceCountChange(before);
    }
    m_again = false;
    setLoading(false);
    setError({});
    if (m_lastRefreshed.isValid()) {
        m_lastRefreshed = QDateTime();
        Q_EMIT lastRefreshedChanged();
    }
}

void RefreshableListModel::finishRefresh(quint64 ticket, const Error& error)
{
    if (!isCurrent(ticket))
        return;
    setError(error);
    if (!error.isError()) {
        m_lastRefreshed = QDateTime::currentDateTimeUtc();
        Q_EMIT lastRefreshedChanged();
    }
    setLoading(false);
    Q_EMIT refreshed(!error.isError());
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void RefreshableListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void RefreshableListModel::setError(const Error& error)
{
    if (error.isError() == m_lastError.isError() && error.message == m_lastError.message
        && error.requestId == m_lastError.requestId)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void RefreshableListModel::announceCountChange(int before)
{
    if (storedRowCount() != before)
        Q_EMIT countChanged();
}

} // namespace Cloacina

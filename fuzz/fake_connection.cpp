#include "fake_connection.h"

#include <QHash>

namespace {
QHash<Cloacina::StreamDetail::Connection*, FuzzWire::State>& table()
{
    static QHash<Cloacina::StreamDetail::Connection*, FuzzWire::State> t;
    return t;
}
QList<Cloacina::StreamDetail::Connection*>& order()
{
    static QList<Cloacina::StreamDetail::Connection*> o;
    return o;
}
} // namespace

namespace FuzzWire {

QList<Connection*> connections() { return order(); }
State& state(Connection* c) { return table()[c]; }
bool isActive(Connection* c) { return c->isActive(); }

void completeUpgrade(Connection* c)
{
    if (!c->isActive() || state(c).open)
        return;
    state(c).open = true;
    emit c->opened();
}

void finish(Connection* c, Outcome outcome)
{
    if (!c->isActive())
        return;
    if (state(c).open) {
        outcome.wasOpen = true;
    }
    c->abandon(); // m_active = false, socket gone
    emit c->finished(outcome);
}

void receiveText(Connection* c, const QString& text)
{
    if (c->isOpen())
        emit c->textReceived(text);
}

void receiveBinary(Connection* c, const QByteArray& data)
{
    if (c->isOpen())
        emit c->binaryReceived(data);
}

} // namespace FuzzWire

namespace Cloacina {

bool StreamEndpoint::isValid() const
{
    const QString scheme = baseUrl.scheme();
    return baseUrl.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && static_cast<bool>(mintTicket);
}

QUrl StreamEndpoint::webSocketUrl(const QString& encodedPath) const
{
    QUrl url = baseUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(encodedPath);
    return url;
}

namespace StreamDetail {

    Connection::Connection(StreamEndpoint endpoint, QString encodedPath, QString operationId, QObject* parent)
        : QObject(parent)
        , m_endpoint(std::move(endpoint))
        , m_path(std::move(encodedPath))
        , m_operationId(std::move(operationId))
    {
        qRegisterMetaType<Outcome>();
        table().insert(this, FuzzWire::State());
        order().append(this);
    }

    Connection::~Connection()
    {
        table().remove(this);
        order().removeAll(this);
    }

    bool Connection::isOpen() const
    {
        const auto it = table().constFind(const_cast<Connection*>(this));
        return m_active && it != table().constEnd() && it->open;
    }

    void Connection::open()
    {
        if (m_active)
            return;
        m_active = true;
        ++m_attempts;
        FuzzWire::State& s = table()[this];
        s.open = false;
        ++s.opens;
        ++s.generation;
    }

    void Connection::close(int code, const QString&)
    {
        if (!m_active)
            return;
        FuzzWire::State& s = table()[this];
        if (!s.open) {
            m_active = false;
            ++s.generation;
            Outcome outcome;
            outcome.kind = Outcome::Kind::LocalClose;
            emit finished(outcome);
            return;
        }
        // A graceful close. QWebSocket::close() sends the close frame and closes the TCP connection
        // at once, so the real Connection reports LocalClose from inside close().
        s.open = false;
        s.closeCodes.append(code);
        m_active = false;
        ++s.generation;
        Outcome outcome;
        outcome.kind = Outcome::Kind::LocalClose;
        outcome.wasOpen = true;
        emit finished(outcome);
    }

    void Connection::abandon()
    {
        m_active = false;
        FuzzWire::State& s = table()[this];
        s.open = false;
        ++s.generation;
    }

    bool Connection::sendText(const QString& text)
    {
        if (!isOpen())
            return false;
        table()[this].sentText.append(text);
        return true;
    }

    bool Connection::sendBinary(const QByteArray& data)
    {
        if (!isOpen())
            return false;
        table()[this].sentBinary.append(data);
        return true;
    }

} // namespace StreamDetail
} // namespace Cloacina

#include "rawsocket_p.h"

#include <cloacinaconformance/context.h>

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace Cloacina::Conformance {

namespace {

    // Qt reports a refused upgrade only as text ("… status code: 403 …").
    int statusFromErrorText(const QString& text)
    {
        static const QRegularExpression re(
            QStringLiteral("status code:?\\s*(\\d{3})"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = re.match(text);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }

} // namespace

RawSocket::RawSocket(Context& ctx, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] { m_settled = true; });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_settled = true;
        m_closed = true;
    });
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        if (m_errorText.isEmpty())
            m_errorText = m_socket.errorString();
        if (!isOpen()) {
            m_refusedStatus = statusFromErrorText(m_errorText);
            // The server may keep the refused connection open: the status decides, not the close.
            if (m_refusedStatus != 0)
                m_settled = true;
        }
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&m_socket, &QWebSocket::pong, this, [this] { ++m_pongs; });
}

RawSocket::~RawSocket()
{
    m_socket.abort();
}

bool RawSocket::open(const StreamEndpoint& endpoint, const QString& encodedPath, const QString& ticket)
{
    QUrl url = endpoint.webSocketUrl(encodedPath);
    if (!ticket.isEmpty())
        url.setQuery(QStringLiteral("token=") + QString::fromLatin1(QUrl::toPercentEncoding(ticket)));
    if (!endpoint.sslConfiguration.isNull())
        m_socket.setSslConfiguration(endpoint.sslConfiguration);
    m_settled = false;
    m_closed = false;
    m_refusedStatus = 0;
    m_errorText.clear();
    m_frames.clear();
    QNetworkRequest request(url);
    if (!endpoint.userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, endpoint.userAgent);
    m_socket.open(request);
    m_ctx.waitUntil([this] { return m_settled; });
    if (!m_settled && m_errorText.isEmpty())
        m_errorText = tr("no answer to the upgrade in time");
    return isOpen();
}

void RawSocket::send(const QJsonObject& frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

QJsonObject RawSocket::nextFrame()
{
    m_ctx.waitUntil([this] { return !m_frames.isEmpty() || m_closed; });
    return m_frames.isEmpty() ? QJsonObject() : m_frames.takeFirst();
}

bool RawSocket::ping()
{
    const int before = m_pongs;
    m_socket.ping();
    return m_ctx.waitUntil([this, before] { return m_pongs > before || m_closed; }) && m_pongs > before;
}

int RawSocket::waitForClose()
{
    m_ctx.waitUntil([this] { return m_closed; });
    return m_closed ? int(m_socket.closeCode()) : -1;
}

} // namespace Cloacina::Conformance

// Transport-level fault tests: error mapping, timeouts, truncation, size limits, secrets.
#include <cloacina/json.h>

// A tiny DTO with a strict reader, declared before the dispatcher templates that use it.
namespace FaultTest {
struct Probe {
    QString id;
    qint64 count = 0;
};
}
namespace Cloacina::Json {
inline bool read(const QJsonValue& v, FaultTest::Probe& out, Context& ctx)
{
    QJsonObject o;
    if (!expectObject(v, o, ctx))
        return false;
    return readRequired(o, QStringLiteral("id"), out.id, ctx)
        && readRequired(o, QStringLiteral("count"), out.count, ctx);
}
}

#include "dispatcher_p.h" // Dispatcher::call<T>: requests with test-only result types
#include "scriptedserver.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/whenready.h>

#include "awaitresult.h"
#include "holdsfor.h"
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QVersionNumber>

using namespace Cloacina;
using FaultTest::Probe;

namespace {

const QString secretKey = QStringLiteral("ck_live_SUPERSECRET_0123456789abcdef");

class TestClient : public CloacinaClient {
public:
    using CloacinaClient::CloacinaClient;

    template <typename T>
    QFuture<Result<T>> get(const QString& path, bool authenticated = true)
    {
        Request request;
        request.method = "GET";
        request.operationId = QStringLiteral("test_op");
        request.path = path;
        request.authenticated = authenticated;
        return dispatcher().call<T>(std::move(request));
    }
};

using CloacinaTest::await;

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TstTransport : public QObject {
    Q_OBJECT

private:
    ScriptedServer* server = nullptr;
    TestClient* client = nullptr;

private Q_SLOTS:
    void init()
    {
        server = new ScriptedServer(this);
        QVERIFY(server->start());
        client = new TestClient(QUrl(server->url()), this);
        client->setApiKey(secretKey);
    }

    void cleanup()
    {
        delete client;
        delete server;
        client = nullptr;
        server = nullptr;
    }

    void defaults()
    {
        CloacinaClient c;
        QCOMPARE(c.tenant(), QStringLiteral("public"));
        QCOMPARE(c.timeout(), 30000);
        QCOMPARE(c.maxResponseBytes(), 64LL * 1024 * 1024);
        QCOMPARE(c.connectionState(), CloacinaClient::ConnectionState::Unknown);
        QVERIFY(!c.hasApiKey());
        QVERIFY(c.userAgent().startsWith(QStringLiteral("cloacina-qt/")));
        QVERIFY(c.userAgent().contains(QStringLiteral(" Qt/")));
        QVERIFY(!c.insecureSkipTlsVerify());
        // Before any failure lastError() is the "no error" value.
        QVERIFY(!c.lastError().isError());
        QCOMPARE(c.lastError().kind, Error::Kind::None);
        QCOMPARE(c.lastError().toString(), QStringLiteral("no error"));
        QVERIFY(!c.lastError().isTransient());
        QSignalSpy keySpy(&c, &CloacinaClient::hasApiKeyChanged);
        c.setApiKey(QStringLiteral("k"));
        QVERIFY(c.hasApiKey());
        c.clearApiKey();
        QVERIFY(!c.hasApiKey());
        QCOMPARE(keySpy.count(), 2);
        c.setTenant(QString());
        QCOMPARE(c.tenant(), QStringLiteral("public"));
    }

    void successAndHeaders()
    {
        server->setReply(ScriptedServer::json(200, R"({"id":"a","count":3})", "rid-42"));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/things")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().id, QStringLiteral("a"));
        QCOMPARE(r.value().count, 3);
        QCOMPARE(server->requests.size(), 1);
        const auto& req = server->requests.first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.target, QByteArray("/v1/things"));
        QCOMPARE(req.headers.value("authorization"), "Bearer " + secretKey.toUtf8());
        QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(QString::fromUtf8(req.headers.value("user-agent")), client->userAgent());
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Connected);
    }

    void unauthenticatedSendsNoAuthorization()
    {
        server->setReply(ScriptedServer::json(200, R"({"status":"ok"})"));
        const Result<QJsonValue> r = await(client->get<QJsonValue>(QStringLiteral("/health"), false));
        QVERIFY(r.ok());
        QVERIFY(!server->requests.first().headers.contains("authorization"));
    }

    void basePathPrefixAndQuery()
    {
        client->setBaseUrl(QUrl(server->url() + QStringLiteral("/prefix/")));
        server->setReply(ScriptedServer::json(200, "[1,2]"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("Failed"));
        const Result<QJsonValue> r = await(client->rawRequest("post", QStringLiteral("/v1/a%3Ab"),
            QJsonObject { { QStringLiteral("k"), 1 } }, query));
        QVERIFY(r.ok());
        QCOMPARE(r.value().toArray().size(), 2);
        const auto& req = server->requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/prefix/v1/a%3Ab?limit=5&status=Failed"));
        QCOMPARE(req.body, QByteArray(R"({"k":1})"));
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
    }

    void proxyBadGatewayHtml()
    {
        ScriptedServer::Reply reply;
        reply.status = 502;
        reply.reason = "Bad Gateway";
        reply.headers = { { "Content-Type", "text/html" }, { "x-request-id", "edge-7" } };
        reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        server->setReply(reply);
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Http);
        QCOMPARE(r.error().httpStatus, 502);
        QCOMPARE(r.error().requestId, QStringLiteral("edge-7"));
        QCOMPARE(r.error().operationId, QStringLiteral("test_op"));
        QVERIFY(r.error().bodySample.contains("<h1>502 Bad Gateway</h1>"));
        QVERIFY(r.error().isTransient());
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Unreachable);
        QCOMPARE(client->lastError(), r.error());
    }

    void proxyBadGatewayWithoutRequestId()
    {
        ScriptedServer::Reply reply;
        reply.status = 502;
        reply.reason = "Bad Gateway";
        reply.headers = { { "Content-Type", "text/html" } };
        reply.body = "<html>bad gateway</html>";
        server->setReply(reply);
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QCOMPARE(r.error().kind, Error::Kind::Http);
        QVERIFY(r.error().requestId.isEmpty());
    }

    void emptyInternalError()
    {
        ScriptedServer::Reply reply = ScriptedServer::json(500, QByteArray());
        reply.reason = "Internal Server Error";
        server->setReply(reply);
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QCOMPARE(r.error().kind, Error::Kind::Http);
        QCOMPARE(r.error().httpStatus, 500);
        QCOMPARE(r.error().requestId, QStringLiteral("req-test-1"));
        QVERIFY(r.error().message.contains(QStringLiteral("empty body")));
    }

    void apiErrorWithEmptyMessage()
    {
        // `{"error": ""}` is still the server's refusal: typed, coded, and worded for a human.
        server->setReply(ScriptedServer::json(409, R"({"error":"","code":"conflict"})", "rid-empty"));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QCOMPARE(r.error().kind, Error::Kind::Api);
        QCOMPARE(r.error().code, QStringLiteral("conflict"));
        QCOMPARE(r.error().message, QStringLiteral("the server refused the request (HTTP 409)"));
    }

    void apiError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("state");
        QTest::newRow("401") << 401 << "unauthorized" << int(CloacinaClient::ConnectionState::Unauthorized);
        QTest::newRow("404") << 404 << "workflow_not_found" << int(CloacinaClient::ConnectionState::Connected);
        QTest::newRow("400") << 400 << "invalid_pagination" << int(CloacinaClient::ConnectionState::Connected);
        QTest::newRow("503") << 503 << "secrets_not_configured" << int(CloacinaClient::ConnectionState::Connected);
    }

    void apiError()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, state);
        server->setReply(ScriptedServer::json(status,
            QStringLiteral(R"({"error":"something about %1","code":"%1"})").arg(code).toUtf8(), "rid-api"));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Api);
        QCOMPARE(r.error().httpStatus, status);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().message, QStringLiteral("something about %1").arg(code));
        QCOMPARE(r.error().requestId, QStringLiteral("rid-api"));
        QCOMPARE(int(client->connectionState()), state);
    }

    void truncatedBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("200") << 200;
        QTest::newRow("500") << 500;
    }

    void truncatedBody()
    {
        QFETCH(int, status);
        ScriptedServer::Reply reply = ScriptedServer::json(status, R"({"id":"abc","count":1})");
        reply.declaredLength = 500;
        reply.closeAfterBodyBytes = 10;
        server->setReply(reply);
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY2(!r.ok(), "a truncated body must never be a success");
        QVERIFY2(r.error().kind == Error::Kind::Network || r.error().kind == Error::Kind::Decode,
            qPrintable(r.error().toString()));
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY(r.error().isTransient());
    }

    void truncatedUntypedBody()
    {
        // Even a call that accepts any JSON must not see a partial body as success.
        ScriptedServer::Reply reply = ScriptedServer::json(200, R"([1,2,3,4,5,6,7,8,9])");
        reply.declaredLength = 100;
        reply.closeAfterBodyBytes = 5;
        server->setReply(reply);
        const Result<QJsonValue> r = await(client->rawRequest("GET", QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
    }

    void slowAnswerTimesOut()
    {
        client->setTimeout(300);
        ScriptedServer::Reply reply = ScriptedServer::json(200, R"({"id":"a","count":1})");
        reply.delayMs = 5000;
        server->setReply(reply);
        QElapsedTimer clock;
        clock.start();
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/slow")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY(r.error().isTransient());
        QVERIFY(r.error().message.contains(QStringLiteral("300 ms")));
        QVERIFY(clock.elapsed() < 4000);
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Unreachable);
    }

    void wrongJsonTypesIsDecodeWithPath()
    {
        server->setReply(ScriptedServer::json(200, R"({"id":"a","count":"three"})", "rid-dec"));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Decode);
        QVERIFY2(r.error().message.contains(QStringLiteral("count: expected integer, got string")),
            qPrintable(r.error().message));
        QCOMPARE(r.error().requestId, QStringLiteral("rid-dec"));
        QCOMPARE(r.error().httpStatus, 200);
        QVERIFY(!r.error().bodySample.isEmpty());
    }

    void nonJsonSuccessIsDecode()
    {
        ScriptedServer::Reply reply = ScriptedServer::json(200, "<html>hello</html>");
        reply.headers[0].second = "text/html";
        server->setReply(reply);
        const Result<QJsonValue> raw = await(client->rawRequest("GET", QStringLiteral("/v1/x")));
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().kind, Error::Kind::Decode);
        const Result<Probe> typed = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QCOMPARE(typed.error().kind, Error::Kind::Decode);
    }

    void emptySuccessBodyIsNullForUntyped()
    {
        server->setReply(ScriptedServer::json(200, QByteArray()));
        const Result<QJsonValue> raw = await(client->rawRequest("DELETE", QStringLiteral("/v1/x")));
        QVERIFY(raw.ok());
        QVERIFY(raw.value().isNull());
        const Result<Probe> typed = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QCOMPARE(typed.error().kind, Error::Kind::Decode);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QCOMPARE(r.error().httpStatus, 0);
        QVERIFY(r.error().isTransient());
        QVERIFY(r.error().isError());
        QVERIFY(client->lastError().isError());
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Unreachable);
    }

    void tlsUntrustedCertificateIsNetworkAndSaysTls()
    {
        ScriptedServer tls;
        QVERIFY(tls.startTls(QFINDTESTDATA("tls/localhost.crt"), QFINDTESTDATA("tls/localhost.key")));
        tls.setReply(ScriptedServer::json(200, R"({"id":"t","count":1})"));
        client->setBaseUrl(QUrl(tls.url()));
        client->setTimeout(5000);
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(QStringLiteral("TLS")), qPrintable(r.error().message));
        QVERIFY(tls.requests.isEmpty()); // the key never left the client
    }

    void tlsTrustedViaCaFile()
    {
        ScriptedServer tls;
        QVERIFY(tls.startTls(QFINDTESTDATA("tls/localhost.crt"), QFINDTESTDATA("tls/localhost.key")));
        tls.setReply(ScriptedServer::json(200, R"({"id":"t","count":1})"));
        client->setBaseUrl(QUrl(tls.url()));
        QVERIFY(client->addCaCertificatesFromFile(QFINDTESTDATA("tls/localhost.crt")));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(tls.requests.size(), 1);
    }

    void tlsInsecureOptOut()
    {
        ScriptedServer tls;
        QVERIFY(tls.startTls(QFINDTESTDATA("tls/localhost.crt"), QFINDTESTDATA("tls/localhost.key")));
        tls.setReply(ScriptedServer::json(200, R"({"id":"t","count":1})"));
        client->setBaseUrl(QUrl(tls.url()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("verification is DISABLED")));
        client->setInsecureSkipTlsVerify(true);
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    }

    void invalidBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com");
        QTest::newRow("credentials") << QStringLiteral("http://user:pw@example.com");
    }

    void invalidBaseUrl()
    {
        QFETCH(QString, url);
        if (url.contains(QLatin1Char('@')))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("credentials")));
        client->setBaseUrl(QUrl(url));
        const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Protocol);
        QVERIFY(!r.error().isTransient());
        QVERIFY(!r.error().toString().contains(QStringLiteral("pw")));
    }

    void oversizedDeclaredBody()
    {
        client->setMaxResponseBytes(1024);
        ScriptedServer::Reply reply = ScriptedServer::json(200, QByteArray(200000, ' ') + "{}");
        server->setReply(reply);
        const Result<QJsonValue> r = await(client->rawRequest("GET", QStringLiteral("/v1/big")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Decode);
        QCOMPARE(r.error().code, QStringLiteral("response_too_large"));
        QVERIFY(r.error().bodySample.size() <= Error::maxBodySample);
    }

    void oversizedStreamedBody()
    {
        // No Content-Length: the limit is enforced while reading.
        client->setMaxResponseBytes(256 * 1024);
        ScriptedServer::Reply reply = ScriptedServer::json(200, QByteArray());
        reply.omitLength = true;
        reply.streamBytes = 50LL * 1024 * 1024;
        server->setReply(reply);
        const Result<QJsonValue> r = await(client->rawRequest("GET", QStringLiteral("/v1/big")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("response_too_large"));
        QCOMPARE(client->pendingCallCount(), 0);
    }

    void everyCallSettlesExactlyOnce()
    {
        int step = 0;
        server->setHandler([&step](const ScriptedServer::Recorded&) {
            switch (step++ % 6) {
            case 0:
                return ScriptedServer::json(200, R"({"id":"a","count":1})");
            case 1:
                return ScriptedServer::json(404, R"({"error":"nope","code":"not_found"})");
            case 2: {
                ScriptedServer::Reply r = ScriptedServer::json(200, R"({"id":"a","count":1})");
                r.declaredLength = 400;
                r.closeAfterBodyBytes = 3;
                return r;
            }
            case 3:
                return ScriptedServer::json(200, "garbage");
            case 4: {
                ScriptedServer::Reply r = ScriptedServer::json(200, "{}");
                r.delayMs = 2000;
                return r;
            }
            default: {
                ScriptedServer::Reply r;
                r.status = 502;
                r.reason = "Bad Gateway";
                r.body = "<html/>";
                return r;
            }
            }
        });
        client->setTimeout(400);
        QObject context;
        QList<int> calls(30, 0);
        QList<QFuture<Result<Probe>>> futures;
        for (int i = 0; i < calls.size(); ++i) {
            auto future = client->get<Probe>(QStringLiteral("/v1/n%1").arg(i));
            futures.append(future);
            whenReady(future, &context, [&calls, i](const Result<Probe>&) { ++calls[i]; });
        }
        futures[7].cancel();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.begin(), calls.end(), [](int n) { return n > 0; }), 15000);
        // Nothing may arrive twice, late.
        QVERIFY(CloacinaTest::holdsFor([&calls] { return std::all_of(calls.begin(), calls.end(), [](int n) { return n == 1; }); }, 600));
        for (int i = 0; i < calls.size(); ++i)
            QCOMPARE(calls[i], 1);
        for (const auto& f : futures)
            QVERIFY(f.isFinished());
        QCOMPARE(client->pendingCallCount(), 0);
    }

    void keyNeverLeaks()
    {
        // A hostile or careless server echoes the key everywhere.
        const QByteArray echoed = "Bearer " + secretKey.toUtf8();
        int step = 0;
        server->setHandler([&](const ScriptedServer::Recorded&) {
            switch (step++) {
            case 0: {
                ScriptedServer::Reply r;
                r.status = 502;
                r.reason = "Bad Gateway";
                r.headers = { { "x-request-id", "rid-echo" } };
                r.body = "<html>upstream rejected Authorization: " + echoed + "</html>";
                return r;
            }
            case 1:
                return ScriptedServer::json(401, R"({"error":"invalid key )" + secretKey.toUtf8() + R"(","code":"unauthorized"})");
            case 2:
                return ScriptedServer::json(200, R"({"id":")" + secretKey.toUtf8() + R"(","count":"x"})");
            default: {
                ScriptedServer::Reply r = ScriptedServer::json(200, "{\"k\":\"" + secretKey.toUtf8() + "\"}");
                r.declaredLength = 500;
                r.closeAfterBodyBytes = r.body.size();
                return r;
            }
            }
        });

        QLoggingCategory::setFilterRules(QStringLiteral("cloacina.*.debug=true"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureHandler);
        QList<Error> errors;
        for (int i = 0; i < 4; ++i) {
            const Result<Probe> r = await(client->get<Probe>(QStringLiteral("/v1/echo")));
            QVERIFY(!r.ok());
            errors.append(r.error());
        }
        const Result<QJsonValue> raw = await(client->rawRequest("GET", QStringLiteral("/v1/echo"),
            {}, QUrlQuery(QStringLiteral("q=1"))));
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        errors.append(raw.ok() ? Error() : raw.error());
        errors.append(client->lastError());

        QVERIFY2(capturedLog.size() >= 5, qPrintable(capturedLog.join(QLatin1Char('\n'))));
        QVERIFY(capturedLog.join(QLatin1Char('\n')).contains(QStringLiteral("test_op GET /v1/echo status=502 request-id=rid-echo")));
        for (const QString& line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(secretKey), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive) || !line.contains(QStringLiteral("Bearer")), qPrintable(line));
        }
        for (const Error& e : std::as_const(errors)) {
            QVERIFY2(!e.message.contains(secretKey), qPrintable(e.message));
            QVERIFY2(!e.toString().contains(secretKey), qPrintable(e.toString()));
            QVERIFY2(!e.bodySample.contains(secretKey.toUtf8()), e.bodySample.constData());
            QVERIFY(!e.code.contains(secretKey));
        }
        QCOMPARE(errors[1].kind, Error::Kind::Api);
        QVERIFY(errors[1].message.contains(QStringLiteral("[redacted]")));
        for (const auto& req : std::as_const(server->requests)) {
            QVERIFY(!req.target.contains(secretKey.toUtf8()));
            QCOMPARE(req.headers.value("authorization"), echoed);
        }
    }

    void checkServerVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("mismatch");
        const QString contract = CloacinaClient::contractVersion();
        const QVersionNumber v = QVersionNumber::fromString(contract);
        QTest::newRow("same") << contract << false;
        QTest::newRow("patch") << QStringLiteral("%1.%2.%3").arg(v.majorVersion()).arg(v.minorVersion()).arg(v.microVersion() + 7) << false;
        QTest::newRow("minor") << QStringLiteral("%1.%2.0").arg(v.majorVersion()).arg(v.minorVersion() + 1) << true;
        QTest::newRow("major") << QStringLiteral("%1.0.0").arg(v.majorVersion() + 1) << true;
    }

    void checkServerVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, mismatch);
        server->setReply(ScriptedServer::json(200,
            QStringLiteral(R"({"openapi":"3.1.0","info":{"title":"x","version":"%1"}})").arg(version).toUtf8()));
        QSignalSpy mismatchSpy(client, &CloacinaClient::versionMismatch);
        QSignalSpy versionSpy(client, &CloacinaClient::serverVersionChanged);
        const Result<QString> r = await(client->checkServerVersion());
        QVERIFY(r.ok());
        QCOMPARE(r.value(), version);
        QCOMPARE(client->serverVersion(), version);
        QCOMPARE(versionSpy.count(), 1);
        QCOMPARE(mismatchSpy.count(), mismatch ? 1 : 0);
        if (mismatch) {
            QCOMPARE(mismatchSpy.first().at(0).toString(), version);
            QCOMPARE(mismatchSpy.first().at(1).toString(), CloacinaClient::contractVersion());
        }
        QCOMPARE(server->requests.first().target, QByteArray("/openapi.json"));
        QVERIFY(!server->requests.first().headers.contains("authorization"));
    }

    void insecureTlsWarnsOnce()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("verification is DISABLED")));
        client->setInsecureSkipTlsVerify(true);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("verification is DISABLED")));
        client->setInsecureSkipTlsVerify(false);
        client->setInsecureSkipTlsVerify(true); // warned once per client
        QVERIFY(client->insecureSkipTlsVerify());
    }

    void caCertificatesFromFile()
    {
        QVERIFY(!client->addCaCertificatesFromFile(QStringLiteral("/nonexistent/ca.pem")));
        const QList<QSslCertificate> none;
        client->setCaCertificates(none);
        QVERIFY(client->caCertificates().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTransport)
#include "tst_transport.moc"

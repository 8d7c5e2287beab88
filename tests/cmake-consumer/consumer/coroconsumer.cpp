// Consumer of the installed coroutine integration (CloacinaQt::Coro, C++20, QT_NO_KEYWORDS):
// co_awaits one SDK call against a closed port and prints the typed error it yields.
#include <cloacina/cloacinaclient.h>
#include <cloacina/coro.h>
#include <cloacina/types/auth.h>

#include <QCoreApplication>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

namespace {

QCoro::Task<> probe(CloacinaClient* client)
{
    const Cloacina::Result<Cloacina::WhoamiResponse> me = co_await client->whoami();
    const char* kind = me ? "none" : QMetaEnum::fromType<Cloacina::Error::Kind>().valueToKey(int(me.error().kind));
    std::printf("coro: error kind %s\n", kind);
    QCoreApplication::exit(me ? 1 : 0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:9"))); // discard port: refused
    client.setApiKey(QStringLiteral("consumer-test-key"));
    client.setTimeout(5000);
    QTimer::singleShot(0, &client, [&client] { probe(&client); });
    return app.exec();
}

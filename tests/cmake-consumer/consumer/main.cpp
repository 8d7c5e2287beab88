// Smallest SDK consumer: constructs a client and prints the library's version (from its
// default User-Agent, "cloacina-qt/<version> Qt/<version>") and the contract version.
// Built both through find_package(CloacinaQt) and through pkg-config.
#include <cloacina/cloacina_export.h>
#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    client.setTenant(QStringLiteral("acme"));
    Cloacina::AccountInfo account; // a generated DTO, to use the generated headers
    Q_UNUSED(account);

    const QString agent = CloacinaClient::defaultUserAgent();
    std::printf("user-agent: %s\ncontract: %s\nbase-url: %s\ntenant: %s\n", qPrintable(agent),
        qPrintable(CloacinaClient::contractVersion()), qPrintable(client.baseUrl().toString()),
        qPrintable(client.tenant()));
    return agent.startsWith(QLatin1String("cloacina-qt/")) && client.tenant() == QLatin1String("acme")
        ? 0
        : 1;
}

// SPDX-License-Identifier: Apache-2.0
// Unauthenticated operational routes: /health, /ready, /openapi.json.
#include "routes_p.h"

#include <QFile>
#include <QJsonDocument>

namespace CloacinaSim {

namespace {

    //! The real contract if CLOACINA_CONTRACT_DIR points at it, else a minimal document.
    QByteArray openApiDocument()
    {
        const QString dir = qEnvironmentVariable("CLOACINA_CONTRACT_DIR");
        if (!dir.isEmpty()) {
            QFile file(dir + QStringLiteral("/openapi.json"));
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray data = file.readAll();
                if (QJsonDocument::fromJson(data).isObject())
                    return data;
            }
        }
        const QJsonObject doc { { QStringLiteral("openapi"), QStringLiteral("3.1.0") },
            { QStringLiteral("info"),
                QJsonObject {
                    { QStringLiteral("title"), QStringLiteral("cloacina-server API (simulated)") },
                    { QStringLiteral("version"), QStringLiteral("0.10.0") } } },
            { QStringLiteral("paths"), QJsonObject {} } };
        return QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }

} // namespace

void addOperationalRoutes(Router& router, SimContext&)
{
    router.add("GET", QStringLiteral("/health"), Scope::Public, Level::Read, [](RequestContext&) {
        return HttpResponse::json(
            200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
    });
    router.add("GET", QStringLiteral("/ready"), Scope::Public, Level::Read, [](RequestContext&) {
        return HttpResponse::json(
            200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ready") } });
    });
    router.add(
        "GET", QStringLiteral("/openapi.json"), Scope::Public, Level::Read, [](RequestContext&) {
            HttpResponse r;
            r.contentType = "application/json";
            r.body = openApiDocument();
            return r;
        });
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
// The package registry: registers uploads (idempotent, superseding, reusing builds) and walks
// queued builds through the simulated compiler.
#include "packageregistry_p.h"

#include "util_p.h"

#include <QCryptographicHash>
#include <QTimer>

namespace CloacinaSim {

namespace {

    //! The registry row of a fresh upload: manifest fields only, queued for the compiler.
    WorkflowRecord pendingRecord(const SourcePackage& p, const QString& contentHash)
    {
        WorkflowRecord w;
        w.id = newUuid();
        w.packageName = p.name;
        w.workflowName = p.workflowName.isEmpty() ? p.name : p.workflowName;
        w.version = p.version;
        w.description = p.description;
        w.createdAt = QDateTime::currentDateTimeUtc();
        w.buildStatus = QStringLiteral("pending");
        w.contentHash = contentHash;
        w.sources = p.files;
        return w;
    }

    //! Walks package id of tenant through building to success or failed, one step per
    //! stepMs (the compiler service claims the row, then finishes the build).
    void scheduleBuild(QObject* context, Store& store, const QString& tenant, const QString& id,
        const SourcePackage& package, int stepMs)
    {
        const auto find = [&store, tenant, id]() -> WorkflowRecord* {
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return nullptr;
            for (auto& w : t->workflows) {
                if (w.id == id)
                    return &w;
            }
            return nullptr; // deleted or superseded meanwhile
        };
        QTimer::singleShot(stepMs, context, [=, &store] {
            WorkflowRecord* w = find();
            if (!w || w->buildStatus != QLatin1String("pending"))
                return;
            w->buildStatus = QStringLiteral("building");
            w->buildClaimedAt = QDateTime::currentDateTimeUtc();
            QTimer::singleShot(stepMs, context, [=, &store] {
                WorkflowRecord* w = find();
                if (!w || w->buildStatus != QLatin1String("building"))
                    return;
                const BuildOutcome built = buildSourcePackage(package);
                if (!built.ok) {
                    w->buildStatus = QStringLiteral("failed");
                    w->buildError = built.error;
                    w->failedAt = QDateTime::currentDateTimeUtc();
                    return;
                }
                w->buildStatus = QStringLiteral("success");
                w->compiledAt = QDateTime::currentDateTimeUtc();
                w->workflowName = built.workflowName;
                w->tasks = built.tasks;
                store.tenant(tenant)->buildsByHash.insert(w->contentHash, *w);
            });
        });
    }

} // namespace

QString registerPackage(QObject& context, Store& store, int buildStepMs, const QString& tenant,
    const SourcePackage& package, const QByteArray& archive)
{
    TenantRecord* t = store.tenant(tenant);
    if (!t)
        return {};
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
    // One active row per package name: the same bytes are idempotent, other bytes
    // supersede the active row (whatever its version or build state).
    for (const auto& existing : std::as_const(t->workflows)) {
        if (existing.packageName == package.name && existing.contentHash == hash)
            return existing.id;
    }
    t->workflows.removeIf(
        [&](const WorkflowRecord& w) { return w.packageName == package.name; });
    WorkflowRecord w = pendingRecord(package, hash);
    const auto prebuilt = t->buildsByHash.constFind(w.contentHash);
    if (prebuilt != t->buildsByHash.constEnd()) {
        // The same bytes built before: reuse that build instead of queueing one.
        w.buildStatus = QStringLiteral("success");
        w.compiledAt = w.createdAt;
        w.workflowName = prebuilt->workflowName;
        w.tasks = prebuilt->tasks;
    }
    t->workflows << w;
    if (!w.isBuilt())
        scheduleBuild(&context, store, tenant, w.id, package, buildStepMs);
    return w.id;
}

} // namespace CloacinaSim

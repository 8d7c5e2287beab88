#include "checks_p.h"

#include <QCoreApplication>

namespace Cloacina::Conformance {

namespace Detail {

    QString tr(const char* source)
    {
        return QCoreApplication::translate("Cloacina::Conformance", source);
    }

    Check makeCheck(const char* operationId, const QString& name, Access access, Role role, Scope scope,
        std::function<void(Context&)> run, const QStringList& alsoCovers)
    {
        Check check;
        check.operationId = QString::fromLatin1(operationId);
        check.name = name;
        check.access = access;
        check.role = role;
        check.scope = scope;
        check.alsoCovers = alsoCovers;
        check.run = std::move(run);
        return check;
    }

} // namespace Detail

QList<Check> catalogue()
{
    QList<Check> checks;
    Detail::addOperationalChecks(checks);
    Detail::addAdminReadChecks(checks);
    Detail::addWorkflowReadChecks(checks);
    Detail::addTriggerAndGraphReadChecks(checks);
    Detail::addStreamChecks(checks);
    Detail::addScratchWriteChecks(checks);
    Detail::addProbeAndSharedWriteChecks(checks);
    return checks;
}

QString nameOf(Access access)
{
    return access == Access::ReadOnly ? QStringLiteral("read-only") : QStringLiteral("write");
}

QString nameOf(Role role)
{
    switch (role) {
    case Role::AnyKey:
        return QStringLiteral("any key");
    case Role::Read:
        return QStringLiteral("read");
    case Role::Write:
        return QStringLiteral("write");
    case Role::TenantAdmin:
        return QStringLiteral("tenant admin");
    case Role::AdminRole:
        return QStringLiteral("admin role");
    case Role::PlatformAdmin:
        return QStringLiteral("platform admin");
    }
    return {};
}

QString nameOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed:
        return QStringLiteral("pass");
    case Verdict::Failed:
        return QStringLiteral("FAIL");
    case Verdict::Skipped:
        return QStringLiteral("skip");
    }
    return {};
}

QString nameOf(Scope scope)
{
    switch (scope) {
    case Scope::UserTenant:
        return QStringLiteral("user tenant");
    case Scope::ScratchTenant:
        return QStringLiteral("scratch tenant");
    case Scope::Probe:
        return QStringLiteral("refusal probe");
    case Scope::Shared:
        return QStringLiteral("shared");
    }
    return {};
}

} // namespace Cloacina::Conformance

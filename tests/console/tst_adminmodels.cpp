// The admin models over a fake backend: the key list asks the global or the tenant route as its
// tenant says, lists merge by id, errors keep rows; secrets expose metadata only; and one pass
// against the simulator.
#include <cloacinamodels/console/accountlistmodel.h>
#include <cloacinamodels/console/apikeylistmodel.h>
#include <cloacinamodels/console/secretlistmodel.h>
#include <cloacinamodels/console/tenantlistmodel.h>

#include "settledfuture.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;
using CloacinaTest::settled;

namespace {

KeyInfo keyInfo(const QString& id, const QString& name, const QString& tenant = {})
{
    KeyInfo k;
    k.id = id;
    k.name = name;
    k.permissions = QStringLiteral("read");
    k.createdAt = QStringLiteral("2026-01-02T10:00:00Z");
    if (!tenant.isEmpty())
        k.tenantId = Nullable<QString>(tenant);
    return k;
}

template <typename T>
ListResponse<T> listOf(const QList<T>& items)
{
    ListResponse<T> l;
    l.items = items;
    l.total = items.size();
    return l;
}

struct FakeAdmin {
    QList<KeyInfo> globalKeys;
    QList<KeyInfo> tenantKeys;
    QList<AccountInfo> accounts;
    QList<SecretMetadataResponse> secrets;
    QStringList asked;
    Error failure;

    template <typename T>
    QFuture<Result<T>> answer(const T& v) const
    {
        return failure.isError() ? settled<T>(failure) : settled<T>(v);
    }

    AdminBackend backend()
    {
        AdminBackend b;
        b.listTenants = [this] {
            asked << QStringLiteral("tenants");
            TenantSummary t;
            t.name = QStringLiteral("acme");
            return answer(listOf(QList<TenantSummary> { t }));
        };
        b.listKeys = [this] {
            asked << QStringLiteral("keys");
            return answer(listOf(globalKeys));
        };
        b.listTenantKeys = [this](const QString& t) {
            asked << QStringLiteral("keys:") + t;
            return answer(listOf(tenantKeys));
        };
        b.listAccounts = [this](const QString& t) {
            asked << QStringLiteral("accounts:") + t;
            return answer(listOf(accounts));
        };
        b.listSecrets = [this](const QString& t) {
            asked << QStringLiteral("secrets:") + t;
            return answer(listOf(secrets));
        };
        return b;
    }
};

bool refreshed(RefreshableListModel& m)
{
    QSignalSpy done(&m, &RefreshableListModel::refreshed);
    m.refresh();
    return done.wait(5000);
}

} // namespace

class TestAdminModels : public QObject {
    Q_OBJECT
    CloacinaClient m_client { QUrl(QStringLiteral("http://127.0.0.1:1")) };

private Q_SLOTS:
    void keysFollowTheirTenantAndMergeById()
    {
        FakeAdmin fake;
        fake.globalKeys = { keyInfo("g1", "ops") };
        fake.tenantKeys = { keyInfo("t1", "ci", "acme"), keyInfo("t2", "grafana", "acme") };
        ApiKeyListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBackend(fake.backend());
        QSignalSpy first(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QVERIFY(first.wait(5000));
        QCOMPARE(fake.asked.last(), QStringLiteral("keys"));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, ApiKeyListModel::TenantColumn).data().toString(), QStringLiteral("all tenants"));

        QSignalSpy again(&m, &RefreshableListModel::refreshed);
        m.setTenant(QStringLiteral("acme"));
        QVERIFY(again.wait(5000));
        QCOMPARE(fake.asked.last(), QStringLiteral("keys:acme"));
        QCOMPARE(m.rowCount(), 2);

        // t1 revoked, t2 unchanged: one row changes, nothing resets.
        fake.tenantKeys[0].revoked = true;
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QVERIFY(refreshed(m));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m.index(0, ApiKeyListModel::StateColumn).data().toString(), QStringLiteral("revoked"));
    }

    void secretsShowMetadataOnly()
    {
        FakeAdmin fake;
        SecretMetadataResponse s;
        s.id = QStringLiteral("s1");
        s.name = QStringLiteral("db");
        s.fieldNames = { QStringLiteral("user"), QStringLiteral("password") };
        s.createdAt = s.updatedAt = QStringLiteral("2026-01-02T10:00:00Z");
        fake.secrets = { s };
        SecretListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBackend(fake.backend());
        QSignalSpy first(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QVERIFY(first.wait(5000));
        QCOMPARE(fake.asked.last(), QStringLiteral("secrets:public"));
        QCOMPARE(m.index(0, SecretListModel::FieldsColumn).data().toString(), QStringLiteral("user, password"));
        for (const QByteArray& name : m.roleNames())
            QVERIFY2(!name.contains("value"), name.constData());
    }

    void accountsKeepRowsOnError()
    {
        FakeAdmin fake;
        AccountInfo a;
        a.id = QStringLiteral("a1");
        a.username = QStringLiteral("alice");
        a.role = QStringLiteral("admin");
        a.status = QStringLiteral("active");
        fake.accounts = { a };
        AccountListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBackend(fake.backend());
        QSignalSpy first(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QVERIFY(first.wait(5000));
        fake.failure = Error::make(Error::Kind::Api, QStringLiteral("forbidden"));
        fake.failure.code = QStringLiteral("forbidden");
        QVERIFY(refreshed(m));
        QVERIFY(m.hasError());
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.lastError().code, QStringLiteral("forbidden"));
    }

    void againstTheSimulator()
    {
        CloacinaTest::SimFixture f;
        QVERIFY(f.start());
        TenantListModel tenants;
        ApiKeyListModel keys;
        AccountListModel accounts;
        SecretListModel secrets;
        for (RefreshableListModel* m : std::initializer_list<RefreshableListModel*> { &tenants, &keys, &accounts, &secrets }) {
            QSignalSpy done(m, &RefreshableListModel::refreshed);
            m->setClientObject(f.client.get());
            QVERIFY(done.wait(5000));
            QVERIFY2(!m->hasError(), qPrintable(m->lastError().toString()));
        }
        QVERIFY(keys.rowCount() >= 1); // at least the bootstrap admin key
    }
};

QTEST_GUILESS_MAIN(TestAdminModels)
#include "tst_adminmodels.moc"

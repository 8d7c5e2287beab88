// The Admin screen against the simulator: only admin keys see it (and it appears when the
// identity changes); a global admin manages tenants and global keys, a tenant admin its
// tenant's keys through the tenant routes; a new key's secret is shown once with Copy; revoke,
// disable and delete ask first; secret values are typed hidden and never displayed.
#include "consolefixture.h"

#include "actionformdialog.h"
#include "adminaccountstab.h"
#include "adminkeystab.h"
#include "adminscreen.h"
#include "adminsecretstab.h"
#include "admintenantstab.h"
#include "consolecontext.h"
#include "consolenavigator.h"
#include "keysecretdialog.h"
#include "listpane.h"

#include "awaitresult.h"

#include <cloacinamodels/console/accountlistmodel.h>
#include <cloacinamodels/console/apikeylistmodel.h>
#include <cloacinamodels/console/secretlistmodel.h>
#include <cloacinamodels/console/tenantlistmodel.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace Cloacina;
using namespace Cloacina::Monitor;

namespace {

AdminScreen* adminScreen(ConsoleFixture& f)
{
    for (ConsoleScreen* s : f.window->navigator()->screens()) {
        if (s->screenId() == QLatin1String("admin"))
            return qobject_cast<AdminScreen*>(s);
    }
    return nullptr;
}

//! The dialog of \a type that \a parent opened, once visible.
template <typename Dialog>
Dialog* shownDialog(QWidget* parent, const QString& objectName = QString())
{
    Dialog* d = nullptr;
    const bool ok = QTest::qWaitFor([&] {
        for (Dialog* c : parent->findChildren<Dialog*>()) {
            if (c->isVisible() && (objectName.isEmpty() || c->windowTitle() == objectName))
                d = c;
        }
        return d != nullptr;
    },
        5000);
    return ok ? d : nullptr;
}

QString mintKey(ConsoleFixture& f, KeyRole role, const QString& name)
{
    CloacinaClient admin(f.sim->url());
    admin.setApiKey(f.sim->adminKey());
    CreateKeyRequest request;
    request.name = name;
    request.role = role;
    const Result<KeyCreatedResponse> r = CloacinaTest::await(admin.createTenantKey(request, QStringLiteral("public")));
    return r ? r.value().key : QString();
}

bool reconnect(ConsoleFixture& f, const QString& key, const QString& role)
{
    ConnectionSettings settings;
    settings.url = f.sim->url();
    settings.tenant = QStringLiteral("public");
    f.window->connectTo(settings, key);
    return QTest::qWaitFor([&] { return f.window->serverSession()->role() == role; }, 10000);
}

int rowWhere(QAbstractItemModel* m, int role, const QVariant& value)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(role) == value)
            return r;
    }
    return -1;
}

} // namespace

class TestAdminScreen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyAdminKeysSeeTheScreen()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        AdminScreen* s = adminScreen(f);
        QVERIFY(s);
        QVERIFY(s->isAvailable());
        const QString reader = mintKey(f, KeyRole::Read, QStringLiteral("viewer"));
        QVERIFY(!reader.isEmpty());
        QSignalSpy availability(s, &ConsoleScreen::availabilityChanged);
        QVERIFY(reconnect(f, reader, QStringLiteral("read")));
        QVERIFY(!availability.isEmpty());
        QVERIFY(!s->isAvailable());
        QVERIFY(!f.window->showScreen(QStringLiteral("admin")));
        // Nothing is listed for a key that may not read it.
        QCOMPARE(s->keysTab()->keys()->clientObject(), nullptr);
    }

    void globalAdminCreatesATenantAndAKeyShownOnce()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        QVERIFY(f.window->showScreen(QStringLiteral("admin")));
        AdminScreen* s = adminScreen(f);
        QVERIFY(s->tabs()->isTabVisible(0));
        AdminTenantsTab* tenants = s->tenantsTab();
        QTRY_VERIFY(tenants->tenants()->isLoaded());

        // Create a tenant: the form checks, the server answers.
        QTRY_VERIFY(tenants->createButton()->isEnabled());
        tenants->createButton()->click();
        auto* form = shownDialog<ActionFormDialog>(tenants);
        QVERIFY(form);
        form->submitButton()->click();
        QVERIFY(form->shownError().contains(QStringLiteral("name")));
        form->findChild<QLineEdit*>(QStringLiteral("tenantName"))->setText(QStringLiteral("acme"));
        QSignalSpy closed(form, &QDialog::finished);
        form->submitButton()->click();
        QVERIFY(closed.wait(10000));
        QTRY_VERIFY(s->status()->text().contains(QStringLiteral("acme")));
        QTRY_VERIFY(rowWhere(tenants->tenants(), TenantListModel::NameRole, QStringLiteral("acme")) >= 0);

        // A global key: its secret is shown once, with Copy.
        s->tabs()->setCurrentWidget(s->keysTab());
        AdminKeysTab* keys = s->keysTab();
        QVERIFY(keys->globalKeys()->isChecked());
        QTRY_VERIFY(keys->keys()->isLoaded());
        QCOMPARE(keys->keys()->tenant(), QString());
        keys->createButton()->click();
        auto* create = shownDialog<ActionFormDialog>(keys);
        QVERIFY(create);
        create->findChild<QLineEdit*>(QStringLiteral("keyName"))->setText(QStringLiteral("ci"));
        create->findChild<QComboBox*>(QStringLiteral("keyRole"))->setCurrentText(QStringLiteral("write"));
        create->submitButton()->click();
        auto* secret = shownDialog<KeySecretDialog>(keys);
        QVERIFY(secret);
        const QString shown = secret->secretField()->text();
        QVERIFY(!shown.isEmpty());
        QVERIFY(secret->secretField()->isReadOnly());
        secret->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowWhere(keys->keys(), ApiKeyListModel::NameRole, QStringLiteral("ci"))) >= 0, 10000);
        // The list never carries the secret.
        for (int c = 0; c < keys->keys()->columnCount(); ++c)
            QVERIFY(!keys->keys()->index(row, c).data().toString().contains(shown));
        secret->close();
        QVERIFY(secret->secretField()->text().isEmpty()); // wiped on close (deleted later)
        QGuiApplication::clipboard()->clear();

        // Revoke asks first; declined changes nothing.
        keys->pane()->selectSourceRow(row);
        QTRY_VERIFY(keys->revokeButton()->isEnabled());
        f.window->console()->setConfirmHook([](const QString&) { return false; });
        keys->revokeButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(QStringLiteral("ci")));
        f.window->console()->setConfirmHook([](const QString&) { return true; });
        keys->revokeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            keys->keys()->index(rowWhere(keys->keys(), ApiKeyListModel::NameRole, QStringLiteral("ci")), 0).data(ApiKeyListModel::RevokedRole).toBool(),
            10000);
    }

    void tenantAdminUsesTheTenantRoutes()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        const QString tenantAdmin = mintKey(f, KeyRole::Admin, QStringLiteral("public-admin"));
        QVERIFY(!tenantAdmin.isEmpty());
        QVERIFY(reconnect(f, tenantAdmin, QStringLiteral("admin")));
        AdminScreen* s = adminScreen(f);
        QTRY_VERIFY(s->isAvailable());
        QVERIFY(f.window->showScreen(QStringLiteral("admin")));
        QVERIFY(!s->tabs()->isTabVisible(0)); // tenants: global admins only
        QVERIFY(!s->tenantPicker()->isEnabled());
        AdminKeysTab* keys = s->keysTab();
        QVERIFY(!keys->globalKeys()->isVisible());
        QCOMPARE(keys->keys()->tenant(), QStringLiteral("public"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(keys->keys(), ApiKeyListModel::NameRole, QStringLiteral("public-admin")) >= 0, 10000);
        keys->createButton()->click();
        auto* create = shownDialog<ActionFormDialog>(keys);
        QVERIFY(create);
        create->findChild<QLineEdit*>(QStringLiteral("keyName"))->setText(QStringLiteral("grafana"));
        create->submitButton()->click();
        QVERIFY(shownDialog<KeySecretDialog>(keys));
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(keys->keys(), ApiKeyListModel::NameRole, QStringLiteral("grafana")) >= 0, 10000);
        const int row = rowWhere(keys->keys(), ApiKeyListModel::NameRole, QStringLiteral("grafana"));
        QCOMPARE(keys->keys()->index(row, 0).data(ApiKeyListModel::TenantRole).toString(), QStringLiteral("public"));
    }

    void accountsAreCreatedResetAndDisabled()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        QVERIFY(f.window->showScreen(QStringLiteral("admin")));
        AdminScreen* s = adminScreen(f);
        s->tabs()->setCurrentWidget(s->accountsTab());
        AdminAccountsTab* tab = s->accountsTab();
        QTRY_VERIFY(tab->accounts()->isLoaded());
        tab->createButton()->click();
        auto* form = shownDialog<ActionFormDialog>(tab);
        QVERIFY(form);
        form->findChild<QLineEdit*>(QStringLiteral("accountUsername"))->setText(QStringLiteral("alice"));
        form->findChild<QLineEdit*>(QStringLiteral("accountPassword"))->setText(QStringLiteral("s3cret-pass"));
        form->findChild<QLineEdit*>(QStringLiteral("accountPasswordAgain"))->setText(QStringLiteral("other"));
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("accountPassword"))->echoMode(), QLineEdit::Password);
        form->submitButton()->click();
        QVERIFY(form->shownError().contains(QStringLiteral("differ")));
        form->findChild<QLineEdit*>(QStringLiteral("accountPasswordAgain"))->setText(QStringLiteral("s3cret-pass"));
        QSignalSpy closed(form, &QDialog::finished);
        form->submitButton()->click();
        QVERIFY(closed.wait(10000));
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowWhere(tab->accounts(), AccountListModel::UsernameRole, QStringLiteral("alice"))) >= 0, 10000);

        tab->pane()->selectSourceRow(row);
        QTRY_VERIFY(tab->resetButton()->isEnabled());
        tab->resetButton()->click();
        auto* reset = shownDialog<ActionFormDialog>(tab, QStringLiteral("Reset password"));
        QVERIFY(reset);
        reset->findChild<QLineEdit*>(QStringLiteral("newPassword"))->setText(QStringLiteral("n3w-pass-word"));
        reset->findChild<QLineEdit*>(QStringLiteral("newPasswordAgain"))->setText(QStringLiteral("n3w-pass-word"));
        QSignalSpy resetClosed(reset, &QDialog::finished);
        reset->submitButton()->click();
        QVERIFY(resetClosed.wait(10000));
        QTRY_VERIFY(s->status()->text().contains(QStringLiteral("alice")));

        f.window->console()->setConfirmHook([](const QString&) { return true; });
        QTRY_VERIFY(tab->disableButton()->isEnabled());
        tab->disableButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(tab->accounts()->index(rowWhere(tab->accounts(), AccountListModel::UsernameRole, QStringLiteral("alice")), 0).data(AccountListModel::StatusRole).toString()
                != QLatin1String("active"),
            10000);
    }

    void secretValuesAreNeverDisplayed()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        QVERIFY(f.window->showScreen(QStringLiteral("admin")));
        AdminScreen* s = adminScreen(f);
        s->tabs()->setCurrentWidget(s->secretsTab());
        AdminSecretsTab* tab = s->secretsTab();
        QTRY_VERIFY(tab->secrets()->isLoaded());
        tab->createButton()->click();
        auto* form = shownDialog<ActionFormDialog>(tab);
        QVERIFY(form);
        form->findChild<QLineEdit*>(QStringLiteral("secretName"))->setText(QStringLiteral("warehouse_db"));
        form->findChild<QLineEdit*>(QStringLiteral("fieldName1"))->setText(QStringLiteral("password"));
        QLineEdit* value = form->findChild<QLineEdit*>(QStringLiteral("fieldValue1"));
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        value->setText(QStringLiteral("hunter2-value"));
        QSignalSpy closed(form, &QDialog::finished);
        form->submitButton()->click();
        QVERIFY(closed.wait(10000));
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowWhere(tab->secrets(), SecretListModel::NameRole, QStringLiteral("warehouse_db"))) >= 0, 10000);
        QCOMPARE(tab->secrets()->index(row, SecretListModel::FieldsColumn).data().toString(), QStringLiteral("password"));
        for (int c = 0; c < tab->secrets()->columnCount(); ++c)
            QVERIFY(!tab->secrets()->index(row, c).data().toString().contains(QStringLiteral("hunter2")));
        QVERIFY(!s->status()->text().contains(QStringLiteral("hunter2")));

        // Rotate: the field names are given, the new values typed hidden.
        tab->pane()->selectSourceRow(row);
        QTRY_VERIFY(tab->rotateButton()->isEnabled());
        tab->rotateButton()->click();
        auto* rotate = shownDialog<ActionFormDialog>(tab, QStringLiteral("Rotate secret"));
        QVERIFY(rotate);
        QCOMPARE(rotate->findChild<QLineEdit*>(QStringLiteral("fieldName1"))->text(), QStringLiteral("password"));
        QVERIFY(rotate->findChild<QLineEdit*>(QStringLiteral("fieldValue1"))->text().isEmpty());
        rotate->submitButton()->click();
        QVERIFY(rotate->shownError().contains(QStringLiteral("value")));
        rotate->findChild<QLineEdit*>(QStringLiteral("fieldValue1"))->setText(QStringLiteral("n3w"));
        QSignalSpy rotated(rotate, &QDialog::finished);
        rotate->submitButton()->click();
        QVERIFY(rotated.wait(10000));

        // Delete asks first.
        f.window->console()->setConfirmHook([](const QString&) { return true; });
        QTRY_VERIFY(tab->deleteButton()->isEnabled());
        tab->deleteButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(QStringLiteral("warehouse_db")));
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(tab->secrets(), SecretListModel::NameRole, QStringLiteral("warehouse_db")) < 0, 10000);
    }
};

QTEST_MAIN(TestAdminScreen)
#include "tst_adminscreen.moc"

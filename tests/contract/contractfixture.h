#pragma once
// What both contract programs share: a conformance Session (with its scratch tenant) against the
// in-process simulator or, for tst_contract only, a live server; and assertion helpers that
// print the server's status, code and request id.
#include <cloacinaconformance/check.h>
#include <cloacinaconformance/session.h>

#include <cloacina/cloacinaclient.h>

#include <cloacinasim/simulator.h>

#include <QTest>

#include <memory>

namespace ContractTest {

inline QString describe(const Cloacina::Conformance::Outcome& o)
{
    return QStringLiteral("%1 (HTTP %2, code %3, request id %4)")
        .arg(o.message)
        .arg(o.httpStatus)
        .arg(o.serverCode.isEmpty() ? QStringLiteral("-") : o.serverCode,
            o.requestId.isEmpty() ? QStringLiteral("-") : o.requestId);
}

template <typename T>
QString describe(const Cloacina::Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().toString();
}

//! The session a contract program runs in; \a sim is null against a live server.
struct Fixture {
    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<Cloacina::Conformance::Session> session;

    CloacinaClient& c() { return session->client(); }
    Cloacina::Conformance::Context& ctx() { return session->context(); }
    QString tenant() { return ctx().tenant(); }

    //! Connects (to CLOACINA_SERVER_URL with CLOACINA_API_KEY when \a allowLive and both are
    //! set, else to a fresh simulator), checks the version and creates the scratch tenant.
    //! Call from initTestCase(); a failure fails the test case.
    void start(bool allowLive)
    {
        const QString url = qEnvironmentVariable("CLOACINA_SERVER_URL");
        const QString key = qEnvironmentVariable("CLOACINA_API_KEY");
        if (allowLive && !url.isEmpty() && !key.isEmpty()) {
            session = std::make_unique<Cloacina::Conformance::Session>(QUrl(url));
            session->client().setApiKey(key);
            qInfo("contract suite against the live server %s", qPrintable(url));
        } else {
            sim = std::make_unique<CloacinaSim::Simulator>();
            QString why;
            QVERIFY2(sim->start(&why), qPrintable(why));
            session = std::make_unique<Cloacina::Conformance::Session>(sim->url());
            session->client().setApiKey(sim->adminKey());
        }
        session->setWriteEnabled(true);
        session->setSharedWritesEnabled(true);
        QCOMPARE(session->start(), Cloacina::Conformance::Session::StartResult::Ready);
        QVERIFY2(session->versionOutcome().verdict == Cloacina::Conformance::Verdict::Passed,
            qPrintable(describe(session->versionOutcome())));
        QString why;
        QVERIFY2(session->createScratchTenant(&why), qPrintable(why));
    }

    //! Removes the scratch tenant; call from cleanupTestCase().
    void cleanup()
    {
        QString why;
        if (session)
            QVERIFY2(session->cleanup(&why), qPrintable(why));
    }
};

} // namespace ContractTest

#define EXPECT_OK(r) QVERIFY2((r).ok(), qPrintable(ContractTest::describe(r)))
#define EXPECT_API(r, status, apiCode)                         \
    do {                                                       \
        QVERIFY2(!(r).ok(), "expected an error, got success"); \
        QCOMPARE((r).error().httpStatus, status);              \
        QCOMPARE((r).error().code, QStringLiteral(apiCode));   \
    } while (false)

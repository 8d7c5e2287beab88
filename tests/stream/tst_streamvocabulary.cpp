// The stream classes speak one vocabulary (property, notify signal and fatal signal names), and
// the old names still work for code written against 0.1.
#include <cloacina/accumulatorproducer.h>
#include <cloacina/deliverysubscription.h>
#include <cloacina/executionfollower.h>
#include <cloacina/reactorchannel.h>

#include <QMetaMethod>
#include <QMetaProperty>
#include <QtTest>

using namespace Cloacina;

namespace {

QString notifyOf(const QMetaObject& meta, const char* property)
{
    const int index = meta.indexOfProperty(property);
    if (index < 0)
        return QStringLiteral("(no property %1)").arg(QLatin1String(property));
    return QString::fromLatin1(meta.property(index).notifySignal().methodSignature());
}

bool hasSignal(const QMetaObject& meta, const char* signature)
{
    const int index = meta.indexOfSignal(QMetaObject::normalizedSignature(signature));
    return index >= 0 && meta.method(index).methodType() == QMetaMethod::Signal;
}

} // namespace

class TstStreamVocabulary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameNames_data()
    {
        QTest::addColumn<const QMetaObject*>("meta");
        QTest::addColumn<bool>("hasState");
        QTest::newRow("DeliverySubscription") << &DeliverySubscription::staticMetaObject << true;
        QTest::newRow("AccumulatorProducer") << &AccumulatorProducer::staticMetaObject << true;
        QTest::newRow("ReactorChannel") << &ReactorChannel::staticMetaObject << true;
        QTest::newRow("ExecutionFollower") << &ExecutionFollower::staticMetaObject << false;
    }
    void sameNames()
    {
        QFETCH(const QMetaObject*, meta);
        QFETCH(bool, hasState);
        QCOMPARE(notifyOf(*meta, "lastError"), QStringLiteral("lastErrorChanged(Cloacina::Error)"));
        QVERIFY(hasSignal(*meta, "failed(Cloacina::Error)"));
        if (hasState)
            QCOMPARE(notifyOf(*meta, "state").left(13), QStringLiteral("stateChanged("));
    }

    void oldNamesRemain()
    {
        QCOMPARE(notifyOf(DeliverySubscription::staticMetaObject, "error"), QStringLiteral("errorChanged(Cloacina::Error)"));
        QCOMPARE(notifyOf(AccumulatorProducer::staticMetaObject, "error"), QStringLiteral("errorOccurred(Cloacina::Error)"));
        QCOMPARE(notifyOf(ReactorChannel::staticMetaObject, "error"), QStringLiteral("errorOccurred(Cloacina::Error)"));
        QVERIFY(hasSignal(ExecutionFollower::staticMetaObject, "errorOccurred(Cloacina::Error)"));
    }

    void noErrorBeforeAnyFailure()
    {
        AccumulatorProducer producer(StreamEndpoint {}, QStringLiteral("acc"));
        ReactorChannel channel(StreamEndpoint {}, QStringLiteral("reactor"));
        QVERIFY(!producer.lastError().isError());
        QVERIFY(!channel.lastError().isError());
        QCOMPARE(producer.error(), producer.lastError());
        QCOMPARE(channel.error(), channel.lastError());
    }
};

QTEST_GUILESS_MAIN(TstStreamVocabulary)
#include "tst_streamvocabulary.moc"

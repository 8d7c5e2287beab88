// The hand-written RFC 3339 reader of the decode paths agrees with QDateTime::fromString on every
// form the server writes, and refuses what RFC 3339 does not allow.
#include "rfc3339_p.h"

#include <QTest>

using Cloacina::Internal::parseRfc3339;
using Cloacina::Internal::parseRfc3339Msecs;

class TestRfc3339 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("chrono micros") << "2026-12-03T16:11:36.123456Z";
        QTest::newRow("nanos") << "2026-12-03T16:11:36.123456789Z";
        QTest::newRow("millis") << "2026-12-03T16:11:36.120Z";
        QTest::newRow("one digit") << "2026-12-03T16:11:36.5Z";
        QTest::newRow("whole seconds") << "2026-12-03T16:11:36Z";
        QTest::newRow("positive offset") << "2026-12-03T01:11:36.999+02:00";
        QTest::newRow("negative offset crosses the day") << "2026-12-31T23:30:00-05:30";
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z";
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z";
        QTest::newRow("before the epoch") << "1969-07-20T20:17:40.5Z";
        QTest::newRow("far future") << "2999-12-31T23:59:59.999Z";
    }

    void agreesWithQt()
    {
        QFETCH(QString, text);
        QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        QVERIFY(expected.isValid());
        expected = expected.toUTC();
        const QDateTime fromUtf16 = parseRfc3339(QStringView(text));
        const QByteArray utf8 = text.toUtf8();
        const QDateTime fromUtf8 = parseRfc3339(utf8.constData(), utf8.size());
        QCOMPARE(fromUtf16, expected);
        QCOMPARE(fromUtf8, expected);
        QCOMPARE(fromUtf8.timeSpec(), Qt::UTC);
        qint64 msecs = 0;
        QVERIFY(parseRfc3339Msecs(utf8.constData(), utf8.size(), msecs));
        QCOMPARE(msecs, expected.toMSecsSinceEpoch());
    }

    void acceptsRfc3339Variants()
    {
        const QDateTime expected = QDateTime::fromMSecsSinceEpoch(1796314296000, Qt::UTC);
        QCOMPARE(parseRfc3339(u"2026-12-03t16:11:36z"), expected);
        QCOMPARE(parseRfc3339(u"2026-12-03 16:11:36Z"), expected);
        QCOMPARE(parseRfc3339(u"2026-12-03T16:11:36+00:00"), expected);
        QCOMPARE(parseRfc3339(u"2026-12-03T16:11:36-00:00"), expected);
    }

    void refusesWhatIsNotRfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no offset") << "2026-12-03T16:11:36";
        QTest::newRow("date only") << "2026-12-03";
        QTest::newRow("month 13") << "2026-13-03T16:11:36Z";
        QTest::newRow("month 0") << "2026-00-03T16:11:36Z";
        QTest::newRow("day 0") << "2026-12-00T16:11:36Z";
        QTest::newRow("Feb 29 of a common year") << "2025-02-29T00:00:00Z";
        QTest::newRow("April 31") << "2026-04-31T00:00:00Z";
        QTest::newRow("hour 24") << "2026-12-03T24:00:00Z";
        QTest::newRow("minute 60") << "2026-12-03T16:60:00Z";
        QTest::newRow("leap second") << "2016-12-31T23:59:60Z";
        QTest::newRow("empty fraction") << "2026-12-03T16:11:36.Z";
        QTest::newRow("trailing text") << "2026-12-03T16:11:36Zjunk";
        QTest::newRow("short offset") << "2026-12-03T16:11:36+02";
        QTest::newRow("offset without colon") << "2026-12-03T16:11:36+0200";
        QTest::newRow("offset hour 24") << "2026-12-03T16:11:36+24:00";
        QTest::newRow("letters") << "2026-1a-03T16:11:36Z";
        QTest::newRow("wrong separator") << "2026/12/03T16:11:36Z";
        QTest::newRow("unicode digit") << QString::fromUtf8("2026-12-03T16:11:3\xd9\xa6Z");
        QTest::newRow("epoch seconds") << "1796314296";
    }

    void refusesWhatIsNotRfc3339()
    {
        QFETCH(QString, text);
        QVERIFY(!parseRfc3339(QStringView(text)).isValid());
        const QByteArray utf8 = text.toUtf8();
        QVERIFY(!parseRfc3339(utf8.constData(), utf8.size()).isValid());
        qint64 msecs = 0;
        QVERIFY(!parseRfc3339Msecs(utf8.constData(), utf8.size(), msecs));
    }

    void truncatedInputNeverReadsPastItsEnd()
    {
        // Every prefix of a valid timestamp is refused without reading beyond `size` (ASan checks
        // the reads: the prefix is copied into a buffer of exactly that size).
        const QByteArray full("2026-12-03T16:11:36.123456+02:00");
        for (qsizetype n = 0; n < full.size(); ++n) {
            const std::unique_ptr<char[]> exact(new char[size_t(n) + 1]);
            memcpy(exact.get(), full.constData(), size_t(n));
            QVERIFY2(!parseRfc3339(exact.get(), n).isValid(), full.left(n).constData());
        }
        QVERIFY(parseRfc3339(full.constData(), full.size()).isValid());
        QVERIFY(!parseRfc3339(nullptr, 0).isValid());
    }
};

QTEST_APPLESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"

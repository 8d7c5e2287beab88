// The hand-written pieces the generated operation stubs build requests from (requestparts_p.h).

#include "requestparts_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Cloacina;

class TestRequestParts : public QObject {
    Q_OBJECT

private slots:
    void encodedKeepsReservedCharactersAsData_data();
    void encodedKeepsReservedCharactersAsData();
    void jsonBodyIsCompact();
    void multipartBodyHasOneFilePart();
    void multipartBoundaryNeverOccursInTheData();
    void multipartFileNameCannotEndTheHeader();
};

void TestRequestParts::encodedKeepsReservedCharactersAsData_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "run-1_a.b~c"
                           << "run-1_a.b~c";
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("query and fragment") << "a?b#c"
                                        << "a%3Fb%23c";
    QTest::newRow("percent, plus, ampersand, space") << "50% +x&y z"
                                                     << "50%25%20%2Bx%26y%20z";
    QTest::newRow("unicode") << QStringLiteral("ä") << "%C3%A4";
    QTest::newRow("empty") << ""
                           << "";
}

void TestRequestParts::encodedKeepsReservedCharactersAsData()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Internal::encoded(value), expected);
}

void TestRequestParts::jsonBodyIsCompact()
{
    QCOMPARE(Internal::jsonBody(QJsonObject()), QByteArray("{}"));
    const QJsonObject object { { QStringLiteral("name"), QStringLiteral("a b") },
        { QStringLiteral("list"), QJsonArray { 1, 2 } } };
    QCOMPARE(Internal::jsonBody(object), QByteArray(R"({"list":[1,2],"name":"a b"})"));
}

void TestRequestParts::multipartBodyHasOneFilePart()
{
    QByteArray contentType;
    const QByteArray data("\x00\x01 package bytes \r\n--", 21);
    const QByteArray body = Internal::multipartBody("file", data, QStringLiteral("wf.cloacina"), &contentType);

    const QByteArray prefix("multipart/form-data; boundary=");
    QVERIFY2(contentType.startsWith(prefix), contentType.constData());
    const QByteArray boundary = contentType.mid(prefix.size());
    QVERIFY(!boundary.isEmpty());
    const QByteArray expected = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"wf.cloacina\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + data + "\r\n--" + boundary + "--\r\n";
    QCOMPARE(body, expected);

    // Reproducible: the same data gives the same body.
    QByteArray again;
    QCOMPARE(Internal::multipartBody("file", data, QStringLiteral("wf.cloacina"), &again), body);
    QCOMPARE(again, contentType);
}

void TestRequestParts::multipartBoundaryNeverOccursInTheData()
{
    // Data made of what a boundary starts with, at every length, must not contain it.
    QByteArray data;
    for (int i = 0; i < 64; ++i) {
        data += "cloacina-";
        QByteArray contentType;
        Internal::multipartBody("file", data, QStringLiteral("x"), &contentType);
        const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
        QVERIFY2(!data.contains(boundary), boundary.constData());
    }
}

void TestRequestParts::multipartFileNameCannotEndTheHeader()
{
    QByteArray contentType;
    const QByteArray body
        = Internal::multipartBody("file", "x", QStringLiteral("a\"b\r\nX-Evil: 1.bin"), &contentType);
    QVERIFY(body.contains("filename=\"a%22b%0D%0AX-Evil: 1.bin\"\r\n"));
    QVERIFY(!body.contains("\r\nX-Evil"));
}

QTEST_GUILESS_MAIN(TestRequestParts)
#include "tst_requestparts.moc"

#include <cloacinaconformance/report.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace Cloacina::Conformance {

namespace {

    constexpr int operationWidth = 25;
    constexpr int checkWidth = 58;
    constexpr int codeWidth = 26;
    constexpr int requestIdWidth = 36;

    QString cell(const QString& text, int width)
    {
        if (text.size() <= width)
            return text.leftJustified(width);
        return text.left(width - 1) + QChar(0x2026); // …
    }

    QString verdictKey(Verdict verdict)
    {
        switch (verdict) {
        case Verdict::Passed:
            return QStringLiteral("passed");
        case Verdict::Failed:
            return QStringLiteral("failed");
        case Verdict::Skipped:
            return QStringLiteral("skipped");
        }
        return {};
    }

    QJsonValue orNull(const QString& text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

    QString seconds(qint64 ms)
    {
        return QString::number(double(ms) / 1000.0, 'f', 3);
    }

} // namespace

void Report::add(const Check& check, const Outcome& outcome)
{
    m_rows.append({ check.operationId, check.name, check.access, check.role, outcome });
}

int Report::count(Verdict verdict) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [verdict](const ReportRow& r) { return r.outcome.verdict == verdict; }));
}

qint64 Report::totalMs() const
{
    qint64 total = 0;
    for (const ReportRow& r : m_rows)
        total += r.outcome.durationMs;
    return total;
}

QString Report::tableHeader()
{
    return cell(QStringLiteral("OPERATION"), operationWidth) + QLatin1Char(' ') + cell(QStringLiteral("CHECK"), checkWidth)
        + QStringLiteral(" RESULT HTTP ") + cell(QStringLiteral("CODE"), codeWidth) + QLatin1Char(' ')
        + cell(QStringLiteral("REQUEST ID"), requestIdWidth) + QStringLiteral("    TIME");
}

QString Report::tableLine(const ReportRow& row)
{
    const Outcome& o = row.outcome;
    return cell(row.operationId, operationWidth) + QLatin1Char(' ') + cell(row.name, checkWidth) + QLatin1Char(' ')
        + cell(nameOf(o.verdict), 6) + QLatin1Char(' ')
        + (o.httpStatus ? QString::number(o.httpStatus) : QStringLiteral("-")).rightJustified(4) + QLatin1Char(' ')
        + cell(o.serverCode.isEmpty() ? QStringLiteral("-") : o.serverCode, codeWidth) + QLatin1Char(' ')
        + cell(o.requestId.isEmpty() ? QStringLiteral("-") : o.requestId, requestIdWidth)
        + QStringLiteral("%1 ms").arg(o.durationMs, 5);
}

QString Report::detailLine(const ReportRow& row)
{
    if (row.outcome.verdict == Verdict::Passed || row.outcome.message.isEmpty())
        return {};
    return QStringLiteral("    %1 %2").arg(QChar(0x2514), row.outcome.message); // └
}

QString Report::summaryLine() const
{
    return QStringLiteral("%1 passed, %2 failed, %3 skipped in %4 s")
        .arg(count(Verdict::Passed))
        .arg(count(Verdict::Failed))
        .arg(count(Verdict::Skipped))
        .arg(QString::number(double(totalMs()) / 1000.0, 'f', 1));
}

QByteArray Report::toJson() const
{
    QJsonArray checks;
    for (const ReportRow& r : m_rows) {
        const Outcome& o = r.outcome;
        checks.append(QJsonObject {
            { QStringLiteral("operation"), r.operationId },
            { QStringLiteral("check"), r.name },
            { QStringLiteral("access"), nameOf(r.access) },
            { QStringLiteral("role"), nameOf(r.role) },
            { QStringLiteral("result"), verdictKey(o.verdict) },
            { QStringLiteral("http_status"), o.httpStatus ? QJsonValue(o.httpStatus) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("server_code"), orNull(o.serverCode) },
            { QStringLiteral("request_id"), orNull(o.requestId) },
            { QStringLiteral("duration_ms"), o.durationMs },
            { QStringLiteral("message"), orNull(o.message) },
        });
    }
    const QJsonObject root {
        { QStringLiteral("tool"), info.tool },
        { QStringLiteral("server"), info.server },
        { QStringLiteral("tenant"), info.tenant },
        { QStringLiteral("scratch_tenant"), orNull(info.scratchTenant) },
        { QStringLiteral("write"), info.write },
        { QStringLiteral("server_version"), orNull(info.serverVersion) },
        { QStringLiteral("contract_version"), info.contractVersion },
        { QStringLiteral("key"), QJsonObject { { QStringLiteral("name"), orNull(info.keyName) }, { QStringLiteral("role"), orNull(info.keyRole) } } },
        { QStringLiteral("interrupted"), info.interrupted },
        { QStringLiteral("summary"),
            QJsonObject { { QStringLiteral("passed"), count(Verdict::Passed) },
                { QStringLiteral("failed"), count(Verdict::Failed) },
                { QStringLiteral("skipped"), count(Verdict::Skipped) },
                { QStringLiteral("duration_ms"), totalMs() } } },
        { QStringLiteral("checks"), checks },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray Report::toJUnit() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("cloacina-conformance"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(m_rows.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(count(Verdict::Failed)));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(count(Verdict::Skipped)));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs()));
    xml.writeStartElement(QStringLiteral("properties"));
    const QList<QPair<QString, QString>> properties {
        { QStringLiteral("server"), info.server },
        { QStringLiteral("tenant"), info.tenant },
        { QStringLiteral("server_version"), info.serverVersion },
        { QStringLiteral("contract_version"), info.contractVersion },
        { QStringLiteral("write"), info.write ? QStringLiteral("true") : QStringLiteral("false") },
    };
    for (const auto& [name, value] : properties) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("value"), value);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // properties
    for (const ReportRow& r : m_rows) {
        const Outcome& o = r.outcome;
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), r.operationId);
        xml.writeAttribute(QStringLiteral("name"), r.name);
        xml.writeAttribute(QStringLiteral("time"), seconds(o.durationMs));
        if (o.verdict != Verdict::Passed) {
            const bool failed = o.verdict == Verdict::Failed;
            xml.writeStartElement(failed ? QStringLiteral("failure") : QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), o.message);
            if (failed)
                xml.writeCharacters(QStringLiteral("HTTP %1, code %2, request id %3")
                                        .arg(o.httpStatus ? QString::number(o.httpStatus) : QStringLiteral("-"),
                                            o.serverCode.isEmpty() ? QStringLiteral("-") : o.serverCode,
                                            o.requestId.isEmpty() ? QStringLiteral("-") : o.requestId));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // testcase
    }
    xml.writeEndElement(); // testsuite
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return out;
}

} // namespace Cloacina::Conformance

#include <cloacinamodels/format.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace Cloacina::Format {

QDateTime parseTimestamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    // Qt's ISO parser wants at most three fraction digits; RFC 3339 allows nine.
    QString t = text;
    const qsizetype dot = t.indexOf(QLatin1Char('.'), 19);
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt;
}

QString relativeTime(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return {};
    const qint64 s = when.secsTo(now);
    if (s < 45)
        return QCoreApplication::translate("Format", "just now");
    if (s < 3600)
        return QCoreApplication::translate("Format", "%1 min ago").arg(qMax<qint64>(1, (s + 30) / 60));
    if (s < 86400)
        return QCoreApplication::translate("Format", "%1 h ago").arg(s / 3600);
    if (s < 7 * 86400)
        return QCoreApplication::translate("Format", "%1 d ago").arg(s / 86400);
    return when.toLocalTime().date().toString(Qt::ISODate);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QCoreApplication::translate("Format", "%1 ms").arg(ms);
    if (ms < 60'000)
        return QCoreApplication::translate("Format", "%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10'000 ? 2 : 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QCoreApplication::translate("Format", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QCoreApplication::translate("Format", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Format", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString dateTime(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString timeOfDay(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
}

QString firstLine(const QString& text, int maxChars)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.isEmpty()) {
            QString s = line.toString();
            if (s.size() > maxChars)
                s = s.left(maxChars - 1) + QChar(0x2026);
            return s;
        }
    }
    return {};
}

QString errorCause(const QString& text)
{
    // Display strings of the engine's wrapping errors (cloacina ExecutorError::TaskExecution,
    // TaskError::ExecutionFailed / DispatchError::ExecutionFailed, WorkflowError::ExecutionFailed,
    // TaskError::Unknown).
    static const QRegularExpression wrapper(QStringLiteral(
        "^(?:Task execution error: |Task execution failed: |Workflow execution failed: |Unknown error in task [^:\\s]+: )"));
    QString rest = text;
    for (auto m = wrapper.match(rest); m.hasMatch(); m = wrapper.match(rest))
        rest = rest.mid(m.capturedLength());
    return rest.trimmed().isEmpty() ? text : rest;
}

} // namespace Cloacina::Format

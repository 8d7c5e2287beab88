#include "codewriter.h"

namespace Codegen {

void CodeWriter::line(const QString& text)
{
    if (text.isEmpty())
        m_text += QLatin1Char('\n');
    else
        m_text += indentation() + text + QLatin1Char('\n');
}

void CodeWriter::block(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& l : lines)
        line(l);
}

void CodeWriter::doc(const QString& text)
{
    const QString lead = indentation() + QStringLiteral("//!");
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            m_text += lead + QLatin1Char('\n');
            continue;
        }
        QString current = lead;
        bool empty = true;
        for (const QString& word : words) {
            if (!empty && current.size() + 1 + word.size() > maxColumns) {
                m_text += current + QLatin1Char('\n');
                current = lead;
                empty = true;
            }
            current += QLatin1Char(' ') + word;
            empty = false;
        }
        m_text += current + QLatin1Char('\n');
    }
}

void CodeWriter::wrapped(const QString& prefix, const QStringList& parts, const QString& separator,
    const QString& suffix)
{
    const QString first = indentation() + prefix + parts.join(separator) + suffix;
    if (first.size() <= maxColumns || parts.size() < 2) {
        m_text += first + QLatin1Char('\n');
        return;
    }
    // ", " stays at the end of a line; operators such as " + " and " && " start the next one.
    const bool trailing = separator.trimmed() == QLatin1String(",");
    const QString continuation = indentation() + QStringLiteral("    ");
    QString current = indentation() + prefix + parts.first();
    for (int i = 1; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        const QString piece = parts.at(i) + (last ? suffix : QString());
        if (trailing) {
            // A piece that is not the last one will be followed by a ',' on its line.
            if (current.size() + separator.size() + piece.size() + (last ? 0 : 1) > maxColumns) {
                m_text += current + separator.trimmed() + QLatin1Char('\n');
                current = continuation + piece;
            } else {
                current += separator + piece;
            }
        } else {
            if (current.size() + separator.size() + piece.size() > maxColumns) {
                m_text += current + QLatin1Char('\n');
                current = continuation + separator.trimmed() + QLatin1Char(' ') + piece;
            } else {
                current += separator + piece;
            }
        }
    }
    m_text += current + QLatin1Char('\n');
}

} // namespace Codegen

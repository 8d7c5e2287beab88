#pragma once

#include <QString>
#include <QStringList>

namespace Codegen {

//! Accumulates formatted C++ text: 4-space indentation, `//!` comments wrapped at 100 columns,
//! long expressions broken before their operator (WebKit style).
class CodeWriter {
public:
    static constexpr int maxColumns = 100;

    //! Appends \a text as one line at the current indentation (an empty line when empty).
    void line(const QString& text = QString());
    //! Appends \a text verbatim (may hold several lines; each gets the current indentation).
    void block(const QString& text);
    void indent() { ++m_depth; }
    void dedent() { --m_depth; }

    //! A `//!` comment; paragraphs are separated by '\n' and wrapped to fit.
    void doc(const QString& text);
    //! `prefix + parts.join(separator) + suffix`, broken before the separator (or after it, for
    //! ", ") onto continuation lines indented by four more spaces when it would exceed the limit.
    void wrapped(const QString& prefix, const QStringList& parts, const QString& separator,
        const QString& suffix);

    QString text() const { return m_text; }
    QString indentation() const { return QString(m_depth * 4, QLatin1Char(' ')); }

private:
    QString m_text;
    int m_depth = 0;
};

} // namespace Codegen

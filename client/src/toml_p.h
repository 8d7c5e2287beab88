#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

//! Reads TOML 1.0 with toml++ (Debian's libtomlplusplus) and hands the document over as Qt
//! values, so that nothing outside toml.cpp sees toml++ (it stays a private dependency).
//!
//! Tables become QVariantMap, arrays (arrays of tables included) QVariantList, strings QString,
//! integers qint64, floats double, booleans bool, offset date-times QDateTime (with their
//! offset), local date-times QDateTime (local time), dates QDate and times QTime.
namespace Cloacina::Internal::Toml {

struct ParseError {
    int line = 0; //!< 1-based.
    int column = 0; //!< 1-based.
    QString message;
};

//! The document, or std::nullopt with \a error (if given) filled.
std::optional<QVariantMap> parse(const QString& text, ParseError* error);

} // namespace Cloacina::Internal::Toml

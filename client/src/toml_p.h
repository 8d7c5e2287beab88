#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

//! A small, strict parser for the TOML subset that cloacinactl's config.toml uses.
//!
//! Supported: `#` comments; bare, "basic" and 'literal' keys; dotted keys; `[table]` and
//! `[a.b."c d"]` headers; basic strings (with \b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX escapes),
//! literal strings, multi-line basic and literal strings; decimal integers (with `_`), floats,
//! booleans; arrays (may span lines, trailing comma allowed) and inline tables.
//! Refused with an error: arrays of tables (`[[x]]`), dates/times, hex/octal/binary integers,
//! inf/nan, redefining a key or a table.
//!
//! Tables become QVariantMap, arrays QVariantList, strings QString, integers qint64, floats
//! double and booleans bool.
namespace Cloacina::Internal::Toml {

struct ParseError {
    int line = 0; //!< 1-based.
    int column = 0; //!< 1-based.
    QString message;
};

std::optional<QVariantMap> parse(const QString& text, ParseError* error);

} // namespace Cloacina::Internal::Toml

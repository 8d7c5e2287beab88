#pragma once

#include "model.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Codegen {

//! Which generated header declares each DTO, so that no user has to include all of them.
//!
//! Enums go to cloacina/enums.h, list envelopes (aliases) to cloacina/typesfwd.h. A struct goes to
//! the header of the one area that reaches it: `requests` when only request bodies reach it, the
//! operation tag (cloacina/types/<tag>.h) when only that tag's answers reach it, else `common`.
//! A struct's members are reached by every area that reaches the struct, so a header needs
//! at most common.h besides its own area.
struct HeaderPlan {
    static constexpr const char* common = "common";
    static constexpr const char* requests = "requests";

    QMap<QString, QString> areaOf; //!< Struct schema name → area.
    QStringList areas; //!< common, requests, then the tags in the order given; only areas with structs.

    static HeaderPlan make(const Model& model, const QStringList& tagOrder);
    //! `cloacina/types/<area>.h`, with '-' and '_' dropped from the area.
    static QString headerOf(const QString& area);
    //! True when a struct of \a area holds a struct of common.h or a list envelope, or is the item
    //! of a list envelope (whose template common.h defines).
    bool usesCommon(const Model& model, const QString& area) const;
    //! The struct schemas of \a area, dependencies first.
    QStringList structsOf(const Model& model, const QString& area) const;
};

} // namespace Codegen

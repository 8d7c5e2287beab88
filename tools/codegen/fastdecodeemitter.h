#pragma once

#include "emitbase.h"

#include <QString>

namespace Codegen {

//! The fast decode path of REST bodies: src/fastdecoders_p.h declares Internal::decodeFast() for
//! every schema type (no simdjson in it: dispatcher_p.h includes it), src/fastdecode.cpp defines
//! them with one reader per schema from simdjson DOM values straight into the DTO (keys matched
//! by length, then memcmp, without building strings). The readers of scalars and containers are
//! hand-written (client/src/simdjsonread_p.h).
class FastDecodeEmitter : public EmitBase {
public:
    using EmitBase::EmitBase;

    QString header() const;
    QString source() const;

private:
    //! The body of the reader of an object with \a properties into `out`.
    void emitObjectReader(CodeWriter& w, const QString& schema, const QList<Property>& properties) const;
    void emitEnumReader(CodeWriter& w, const Schema& schema) const;
};

} // namespace Codegen

#pragma once

#include "emitbase.h"

#include <QString>

namespace Codegen {

//! The schema registry: src/schemaregistry_p.h (private) and src/schemaregistry.cpp (schemaCodecs(), one round-trip entry per schema).
class RegistryEmitter : public EmitBase {
public:
    using EmitBase::EmitBase;

    QString header() const;
    QString source() const;
};

} // namespace Codegen

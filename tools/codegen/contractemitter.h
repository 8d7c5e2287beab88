#pragma once

#include "emitbase.h"

#include <QString>

namespace Codegen {

//! The operation table: cloacina/contract.h and src/contract.cpp (operations(), contractVersion).
class ContractEmitter : public EmitBase {
public:
    using EmitBase::EmitBase;

    QString header() const;
    QString source() const;
};

} // namespace Codegen

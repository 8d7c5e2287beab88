#pragma once

#include "model.h"

#include <QMap>
#include <QString>

namespace Codegen {

//! Renders the model as the files of client/generated/ (relative path → content). Each kind of
//! artefact has its own emitter: TypesEmitter (DTO headers, src/types.cpp), OperationsEmitter,
//! ContractEmitter (operation table) and RegistryEmitter (schema codecs). The generated files
//! hold shapes only; the code they call is hand-written in client/src and client/include.
class Emitter {
public:
    explicit Emitter(const Model& model)
        : m_model(model)
    {
    }

    QMap<QString, QString> files() const;

private:
    const Model& m_model;
};

} // namespace Codegen

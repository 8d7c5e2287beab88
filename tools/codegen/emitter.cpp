#include "emitter.h"

#include "contractemitter.h"
#include "fastdecodeemitter.h"
#include "operationsemitter.h"
#include "registryemitter.h"
#include "typesemitter.h"

namespace Codegen {

QMap<QString, QString> Emitter::files() const
{
    const TypesEmitter types(m_model, tagOrder(m_model));
    const OperationsEmitter operations(m_model);
    const ContractEmitter contract(m_model);
    const RegistryEmitter registry(m_model);
    const FastDecodeEmitter fastDecode(m_model);
    QMap<QString, QString> files = types.headers();
    files.insert(QStringLiteral("src/types.cpp"), types.source());
    files.insert(QStringLiteral("src/fastdecoders_p.h"), fastDecode.header());
    files.insert(QStringLiteral("src/fastdecode.cpp"), fastDecode.source());
    files.insert(QStringLiteral("cloacina/operations.h"), operations.header());
    files.insert(QStringLiteral("src/operations.cpp"), operations.source());
    files.insert(QStringLiteral("cloacina/contract.h"), contract.header());
    files.insert(QStringLiteral("src/contract.cpp"), contract.source());
    // Private (not installed): a hook for tests and fuzzers, next to its source.
    files.insert(QStringLiteral("src/schemaregistry_p.h"), registry.header());
    files.insert(QStringLiteral("src/schemaregistry.cpp"), registry.source());
    return files;
}

} // namespace Codegen

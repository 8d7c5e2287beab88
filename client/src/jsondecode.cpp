#include <cloacina/jsondecode.h>

namespace Cloacina::Json {

Error decodeError(const char* schema, const Context& ctx)
{
    return Error::make(Error::Kind::Decode, QStringLiteral("%1: %2").arg(QLatin1String(schema), ctx.errorString()));
}

} // namespace Cloacina::Json

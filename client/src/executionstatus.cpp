#include <cloacina/executionstatus.h>

#include <array>
#include <utility>

namespace Cloacina {
namespace {

    constexpr std::array<std::pair<ExecutionStatus, const char*>, 6> spellings { {
        { ExecutionStatus::Pending, "Pending" },
        { ExecutionStatus::Running, "Running" },
        { ExecutionStatus::Paused, "Paused" },
        { ExecutionStatus::Completed, "Completed" },
        { ExecutionStatus::Failed, "Failed" },
        { ExecutionStatus::Cancelled, "Cancelled" },
    } };

} // namespace

ExecutionStatus executionStatusFromString(const QString& text)
{
    for (const auto& [status, spelling] : spellings) {
        if (text == QLatin1String(spelling))
            return status;
    }
    return ExecutionStatus::Unknown;
}

QString executionStatusToString(ExecutionStatus status)
{
    for (const auto& [known, spelling] : spellings) {
        if (known == status)
            return QLatin1String(spelling);
    }
    return {};
}

bool isTerminal(ExecutionStatus status)
{
    return status == ExecutionStatus::Completed || status == ExecutionStatus::Failed
        || status == ExecutionStatus::Cancelled;
}

} // namespace Cloacina

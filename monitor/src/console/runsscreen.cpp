#include "runsscreen.h"

#include "failedrunsview.h"

#include <QVBoxLayout>

namespace Cloacina::Monitor {

RunsScreen::RunsScreen(ConsoleContext* context, FailedRunsView* runs, QWidget* content, QWidget* parent)
    : ConsoleScreen(context, parent)
    , m_runs(runs)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
}

QIcon RunsScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-runs.svg"));
}

void RunsScreen::applyFilter(const QVariantMap& filter)
{
    m_runs->applyFilter(filter);
}

} // namespace Cloacina::Monitor

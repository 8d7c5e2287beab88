#pragma once

#include "consolescreen.h"

namespace Cloacina::Monitor {

class FailedRunsView;

//! The runs screen: the failed-runs list and the selected run (the monitor's original view),
//! as a console screen. Filters from other screens: `status` (a status or a list of statuses,
//! "any" for every status), `workflow` (exact name), `sinceSeconds` (time range).
class RunsScreen : public ConsoleScreen {
    Q_OBJECT
public:
    //! Shows \a content (the splitter of the runs list and the run view); \a runs filters.
    RunsScreen(ConsoleContext* context, FailedRunsView* runs, QWidget* content, QWidget* parent = nullptr);

    QString screenId() const override { return QStringLiteral("runs"); }
    QString title() const override { return tr("Runs"); }
    QIcon icon() const override;
    void applyFilter(const QVariantMap& filter) override;

private:
    FailedRunsView* m_runs;
};

} // namespace Cloacina::Monitor

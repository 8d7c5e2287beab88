#pragma once

#include "consolescreen.h"

#include <QHash>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Cloacina {
class OverviewModel;
}

namespace Cloacina::Monitor {

class OverviewTile;
class PaneHeader;
class RunsTimelineChart;

//! The console's start screen: tiles with the numbers an operator checks first (workflows, runs
//! in flight, completed and failed in the last hour and 24 h, graph health, server version and
//! readiness), each opening its list pre-filtered; a chart of runs and failures over 24 h; the
//! failure rate per workflow (double-click opens its failed runs). Refreshes every 10 s.
class OverviewScreen : public ConsoleScreen {
    Q_OBJECT
public:
    explicit OverviewScreen(ConsoleContext* context, QWidget* parent = nullptr);

    QString screenId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QIcon icon() const override;
    void activated() override;
    void refresh() override;

    OverviewModel* model() const { return m_model; }
    //! The tile \a key ("workflows", "inFlight", "completedHour", "failedHour", "completedDay",
    //! "failedDay", "graphs", "server"); null for other keys.
    OverviewTile* tile(const QString& key) const { return m_tiles.value(key); }
    RunsTimelineChart* chart() const { return m_chart; }
    QTableView* ratesTable() const { return m_rates; }
    QLabel* errorBanner() const;

private:
    OverviewTile* addTile(const QString& key, const QString& caption, const QColor& accent,
        const QString& screenId, const QVariantMap& filter);
    void showSummary();
    void showServer();
    void openWorkflowFailures(const QModelIndex& index);

    OverviewModel* m_model;
    QHash<QString, OverviewTile*> m_tiles;
    QList<OverviewTile*> m_order;
    RunsTimelineChart* m_chart;
    QSortFilterProxyModel* m_sortedRates;
    QTableView* m_rates;
    PaneHeader* m_header;
    QLabel* m_note;
};

} // namespace Cloacina::Monitor

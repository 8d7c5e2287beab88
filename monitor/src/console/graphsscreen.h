#pragma once

#include "consolescreen.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Cloacina {
class AccumulatorListModel;
class FireSeriesModel;
class GraphListModel;
class ReactorChannel;
class ReactorFireListModel;
class ReactorListModel;
}

namespace Cloacina::Monitor {

class FireChartView;
class GraphTopologyView;
class ListPane;

//! The computation graphs: every graph with its health (degraded ones name the sources they
//! lost), and for the selected one its topology, fires per minute charted live, its
//! accumulators' freshness, its reactor's recent fires, and the operator's actions: fire the
//! reactor, inject an event, pause / resume the reactor (over the reactor socket, the only place
//! upstream offers them). Filter from other screens: `graph` (a graph's name).
class GraphsScreen : public ConsoleScreen {
    Q_OBJECT
public:
    explicit GraphsScreen(ConsoleContext* context, QWidget* parent = nullptr);
    ~GraphsScreen() override;

    QString screenId() const override { return QStringLiteral("graphs"); }
    QString title() const override { return tr("Graphs"); }
    QIcon icon() const override;
    void activated() override;
    void applyFilter(const QVariantMap& filter) override;
    void refresh() override;

    // For tests and the QML-free demo: the parts of the screen.
    GraphListModel* graphs() const { return m_graphs; }
    AccumulatorListModel* accumulators() const { return m_accumulators; }
    ReactorFireListModel* fires() const { return m_fires; }
    FireSeriesModel* series() const { return m_series; }
    ReactorListModel* reactors() const { return m_reactors; }
    ListPane* graphPane() const { return m_graphPane; }
    ListPane* accumulatorPane() const { return m_accumulatorPane; }
    GraphTopologyView* topology() const { return m_topology; }
    FireChartView* chart() const { return m_chart; }
    QPushButton* fireButton() const { return m_fire; }
    QPushButton* injectButton() const { return m_inject; }
    QPushButton* pauseButton() const { return m_pause; }
    //! The last action's outcome ("Fired market_maker_reactor.") or error.
    QLabel* actionStatus() const { return m_actionStatus; }
    //! The selected graph's name; empty when none.
    QString currentGraph() const { return m_current; }

private:
    void rebind();
    void selectGraph(int row);
    void updateTopologyStates();
    void updateActions();
    void fireReactor();
    void injectEvent();
    void togglePause();
    void reportAction(const QString& text, bool ok);
    QString reactorOf(int row) const;
    //! Why the key may not operate the reactor (fire, pause); empty when it may.
    QString reactorOpDenied() const;

    GraphListModel* m_graphs;
    ReactorListModel* m_reactors;
    AccumulatorListModel* m_accumulators;
    ReactorFireListModel* m_fires;
    FireSeriesModel* m_series;
    ListPane* m_graphPane;
    ListPane* m_accumulatorPane;
    GraphTopologyView* m_topology;
    FireChartView* m_chart;
    QLabel* m_info;
    QLabel* m_actionStatus;
    QTabWidget* m_tabs;
    QPushButton* m_fire;
    QPushButton* m_inject;
    QPushButton* m_pause;
    QString m_current;
    QPointer<ReactorChannel> m_channel;
    QMetaObject::Connection m_identityConnection;
};

} // namespace Cloacina::Monitor

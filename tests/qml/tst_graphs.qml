import QtQuick
import QtQuick.Controls
import QtTest
import Cloacina
import Cloacina.Monitor

// The QML monitor's Graphs page against the in-process simulator: graphs listed with health,
// the first selected, its fires charted (one bar per minute) and its accumulators listed.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    id: tc
    name: "QmlGraphs"
    when: windowShown

    Component { id: clientComponent; Client { } }
    Component { id: monitorComponent; MonitorView { width: root.width; height: root.height } }
    Component { id: modelComponent; GraphListModel { } }

    property var clients: []
    function newClient() {
        const c = clientComponent.createObject(root)
        c.url = simUrl
        c.tenant = "public"
        c.apiKey = simKey
        clients.push(c)
        return c
    }
    function init() {
        for (const c of clients)
            c.destroy()
        clients = []
    }
    function cleanupTestCase() { init() }

    function test_graph_model_lists_with_health() {
        const m = createTemporaryObject(modelComponent, root, { client: newClient() })
        tryVerify(() => m.loaded, 10000, "graphs load")
        verify(m.count >= 2)
        const i = m.index(0, 0)
        verify(String(m.data(i, GraphListModel.NameRole)).length > 0)
        verify(String(m.data(i, GraphListModel.HealthRole)).length > 0)
        compare(m.hasError, false)
    }

    function test_graphs_page_charts_the_selected_graph() {
        const m = createTemporaryObject(monitorComponent, root, { client: newClient(), autoConnect: true })
        tryVerify(() => m.connected, 10000, "connects")
        m.pageTabs.currentIndex = 2 // Runs, Overview, Graphs
        const page = m.graphsPage
        tryVerify(() => page.visible, 5000)
        tryVerify(() => page.list.count >= 2, 10000, "graph rows")
        tryVerify(() => page.currentReactor.length > 0, 5000, "first graph selected")
        tryVerify(() => page.bars.count === 60, 10000, "a bar per minute of the last hour")
        tryVerify(() => page.accumulators.count > 0, 10000, "accumulators of the graph")
        const names = page.graphs.data(page.graphs.index(page.currentRow, 0), GraphListModel.AccumulatorsRole)
        tryCompare(page.accumulators, "count", names.length, 10000) // once the graph's own list is in
        const state = findChild(page, "accumulatorState")
        verify(state)
        tryVerify(() => state.text.length > 0, 5000, "accumulator state shown")

        // Another graph: the chart and the accumulators follow it.
        const before = page.currentReactor
        page.list.currentIndex = page.currentRow === 0 ? 1 : 0
        tryVerify(() => page.currentReactor !== before, 5000)
        tryCompare(page.series, "reactor", page.currentReactor)
        const other = page.graphs.data(page.graphs.index(page.currentRow, 0), GraphListModel.AccumulatorsRole)
        tryVerify(() => page.accumulators.count === other.length, 10000)
    }
}
}

import QtQuick
import QtQuick.Controls
import QtTest
import Cloacina
import Cloacina.Monitor

// The QML monitor's overview page against the in-process simulator: it loads, its tiles show
// the server's numbers, a new failure is counted on the next refresh, and a run tile opens the
// runs page filtered by its status.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    name: "QmlOverview"
    when: windowShown

    Component { id: clientComponent; Client { } }
    Component { id: monitorComponent; MonitorView { width: root.width; height: root.height } }

    // Clients outlive the views that use them: destroyed at the start of the next test.
    property var clients: []
    function init() {
        for (const c of clients)
            c.destroy()
        clients = []
    }
    function cleanupTestCase() { init() }

    function connectedOverview() {
        const c = clientComponent.createObject(root)
        clients.push(c)
        c.url = simUrl
        c.tenant = "public"
        c.apiKey = simKey
        const m = createTemporaryObject(monitorComponent, root, { client: c, autoConnect: true, initialPage: "overview" })
        verify(m)
        tryVerify(() => m.connected, 10000, "connects")
        tryVerify(() => m.overviewPage.model.loaded, 10000, "the overview loads")
        return m
    }

    function tileValue(monitor, key) {
        const tile = findChild(monitor.overviewPage, "tile-" + key)
        verify(tile, "tile " + key)
        return findChild(tile, "tileValue").text
    }

    function test_01_shows_the_servers_numbers() {
        sim.create(2, "Failed", "etl_daily")
        const m = connectedOverview()
        const overview = m.overviewPage.model
        verify(m.overviewPage.visible)
        compare(m.pageTabs.currentIndex, 1)
        verify(overview.failedLastDay >= 2)
        compare(tileValue(m, "failedDay"), String(overview.failedLastDay))
        compare(tileValue(m, "workflows"), String(overview.workflowCount))
        verify(overview.workflowCount > 0)
        tryCompare(overview, "serverVersion", "0.10.0", 10000)
        compare(tileValue(m, "server"), "0.10.0")
        compare(overview.timeline.length, 24 * 60 / overview.bucketMinutes)
        const bars = findChild(m.overviewPage, "bars")
        compare(bars.count, overview.timeline.length)
        verify(findChild(m.overviewPage, "failureRates").count > 0)
    }

    function test_02_a_new_failure_is_counted() {
        const m = connectedOverview()
        const overview = m.overviewPage.model
        const before = overview.failedLastDay
        sim.create(1, "Failed", "etl_daily")
        overview.refresh()
        tryCompare(overview, "failedLastDay", before + 1, 10000)
        compare(tileValue(m, "failedDay"), String(before + 1))
    }

    function test_03_a_tile_opens_the_filtered_runs() {
        const m = connectedOverview()
        mouseClick(findChild(m.overviewPage, "tile-failedHour"))
        compare(m.pageTabs.currentIndex, 0)
        verify(m.runsPage.visible)
        compare(m.runs.statusFilter, ["Failed"])
    }
}
}

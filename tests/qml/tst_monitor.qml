import QtQuick
import QtQuick.Controls
import QtTest
import Cloacina
import Cloacina.Monitor

// The QML monitor's views against the in-process simulator: what the user sees.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    id: tc
    name: "QmlMonitor"
    when: windowShown

    Component { id: clientComponent; Client { } }
    Component { id: monitorComponent; MonitorView { width: root.width; height: root.height } }
    Component { id: eventRowComponent; EventRow { width: 800 } }
    Component { id: taskRowComponent; TaskRow { width: 800 } }

    // Clients outlive the views that use them: destroyed at the start of the next test.
    property var clients: []
    function newClient() {
        const c = clientComponent.createObject(root)
        clients.push(c)
        return c
    }
    function init() {
        for (const c of clients)
            c.destroy()
        clients = []
    }
    function cleanupTestCase() { init() }

    function makeMonitor(key, props) {
        const c = newClient()
        c.url = simUrl
        c.tenant = "public"
        c.apiKey = key === undefined ? simKey : key
        let p = { client: c, autoConnect: true }
        for (const k in props || {})
            p[k] = props[k]
        const m = createTemporaryObject(monitorComponent, root, p)
        verify(m)
        return m
    }

    function connectedMonitor(props) {
        const m = makeMonitor(undefined, props)
        tryVerify(() => m.connected, 10000, "connects")
        return m
    }

    function child(item, name) {
        const found = findChild(item, name)
        verify(found, "child " + name)
        return found
    }

    // Row delegate of the runs list with the given execution id (scrolled into view), or null.
    function rowOf(monitor, executionId) {
        const row = monitor.runs.rowOfId(executionId)
        if (row < 0)
            return null
        const list = monitor.runsPage.list
        list.positionViewAtIndex(row, ListView.Contain)
        return list.itemAtIndex(row)
    }

    function test_01_failed_runs_appear() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count >= 6, 10000, "failed rows appear")
        tryVerify(() => list.itemAtIndex(0) !== null, 5000)
        const first = list.itemAtIndex(0)
        compare(first.status, "Failed")
        verify(first.workflow.length > 0)
        tryVerify(() => child(m, "lastRefreshLabel").text.indexOf("Last refresh") === 0, 5000)
        verify(child(m, "countLabel").text.indexOf("runs") > 0)
        compare(child(m, "connectionBadge").text, "connected")
        compare(child(m, "listError").visible, false)
        // Every row is a failure: the status filter defaults to Failed.
        for (let i = 0; i < list.count; ++i)
            compare(list.itemAtIndex(i) ? list.itemAtIndex(i).status : "Failed", "Failed")
    }

    function test_02_new_failure_is_highlighted() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count >= 6, 10000)
        tryVerify(() => !m.runs.loading, 5000)
        const ids = sim.create(1, "Failed", "report_builder")
        mouseClick(child(m, "refreshButton"))
        let row = null
        tryVerify(() => !!(row = rowOf(m, ids[0])), 10000, "the new failure is listed")
        verify(row, "the new failure is listed: row " + m.runs.rowOfId(ids[0]) + " of " + m.runs.count
               + ", loading " + m.runs.loading + ", error " + m.runs.lastError.text + " / " + m.runs.lastError.message + " / " + m.runs.lastError.operationId + " / " + m.runs.lastError.kind)
        compare(row.isNew, true)
        compare(child(row, "newBadge").visible, true)
        verify(m.runs.newCount >= 1)
        verify(child(m, "countLabel").text.indexOf("new") > 0)
    }

    function test_03_status_filter() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count >= 6, 10000)
        const failedCount = list.count
        const box = child(m, "statusFilter")
        box.currentIndex = 1 // Any status
        box.activated(1)
        compare(m.runs.statusFilter.length, 0)
        tryVerify(() => list.count > failedCount, 10000, "completed runs are listed too")
        box.currentIndex = 4 // Completed
        box.activated(4)
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) && list.itemAtIndex(0).status === "Completed", 10000)
    }

    function test_04_open_failed_run_from_list() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count >= 6, 10000)
        tryVerify(() => list.itemAtIndex(0) !== null, 5000)
        const row = list.itemAtIndex(0)
        mouseClick(row)
        compare(m.follower.executionId, row.executionId)
        compare(child(m, "workflowLabel").text, row.workflow)
        tryCompare(m.follower, "status", "Failed", 10000)
        tryVerify(() => m.runPage.eventList.count > 0, 10000, "history is shown")
        tryCompare(child(m, "sourceBadge"), "text", "ended", 10000)
        verify(child(m, "sourceLabel").text.indexOf("ended") > 0)
        tryVerify(() => m.runPage.taskList.count > 0, 10000, "tasks are shown")
        tryVerify(() => child(m, "failurePane").visible, 5000, "the failing task's error is shown")
        verify(child(m, "failureText").text.length > 0)
        // failures only
        const all = m.runPage.eventList.count
        mouseClick(child(m, "failuresOnly"))
        compare(m.follower.failuresOnly, true)
        tryVerify(() => m.runPage.eventList.count > 0 && m.runPage.eventList.count < all, 5000)
    }

    function test_05_live_events_arrive() {
        const m = connectedMonitor()
        const id = sim.start("etl_daily")
        m.follower.open(id, "public", "etl_daily")
        tryVerify(() => ["live", "polling"].indexOf(child(m, "sourceBadge").text) >= 0, 5000, "a feeding source is shown")
        tryVerify(() => m.runPage.eventList.count > 0, 10000, "first events")
        const early = m.runPage.eventList.count
        tryVerify(() => m.runPage.eventList.count > early, 15000, "more events arrive while the run goes on")
        // at least one row was pushed over the socket
        tryVerify(() => {
            const l = m.runPage.eventList
            for (let i = 0; i < l.count; ++i) {
                const it = l.itemAtIndex(i)
                if (it && it.source === "live")
                    return true
            }
            return false
        }, 15000, "a live (pushed) event is shown")
        tryVerify(() => m.follower.terminal, 20000, "the run ends")
        tryCompare(child(m, "sourceBadge"), "text", "ended", 10000)
        compare(child(m, "statusBadge").text, sim.status(id))
    }

    function test_06_polling_when_nothing_is_pushed() {
        sim.setPushless(true)
        try {
            const m = connectedMonitor()
            m.follower.pollInterval = 300
            const id = sim.start("ml_training")
            m.follower.open(id, "public", "ml_training")
            tryCompare(child(m, "sourceBadge"), "text", "polling", 10000)
            verify(child(m, "sourceLabel").text.indexOf("polling") > 0)
            tryVerify(() => m.runPage.eventList.count > 0, 10000, "polled events are shown")
            tryVerify(() => m.follower.terminal, 20000)
        } finally {
            sim.setPushless(false)
        }
    }

    function test_07_unknown_event_types_are_shown() {
        const m = connectedMonitor()
        const id = sim.start("etl_daily")
        m.follower.open(id, "public", "etl_daily")
        tryVerify(() => m.runPage.eventList.count > 0, 10000)
        // Labels are readable: known types get their label, never the raw snake_case name.
        const l = m.runPage.eventList
        for (let i = 0; i < l.count; ++i) {
            const it = l.itemAtIndex(i)
            if (!it)
                continue
            const shown = child(it, "eventLabel").text
            if (it.knownType)
                compare(shown, Format.eventLabel(it.eventType))
            else
                verify(shown.indexOf(it.eventType) === 0 && shown.indexOf("unknown") > 0, shown)
        }
        tryVerify(() => m.follower.terminal, 20000)

        // The simulator only writes known types: check the delegate with an unknown one.
        const row = createTemporaryObject(eventRowComponent, root, {
            index: 0, timeText: "12:00:00.000", eventType: "task_teleported", label: "task_teleported",
            category: "unknown", categoryColor: Format.categoryColor("unknown"), knownType: false,
            taskName: "extract", summary: "{}", source: "live", isFailure: false })
        verify(row)
        const shown = child(row, "eventLabel").text
        verify(shown.indexOf("task_teleported") === 0, shown)
        verify(shown.indexOf("unknown type") > 0, shown)
    }

    function test_08_error_shown_with_code_and_request_id() {
        const m = connectedMonitor()
        m.follower.open("00000000-0000-4000-8000-00000000abcd", "public", "etl_daily")
        const banner = child(m, "runError")
        tryVerify(() => banner.visible, 10000, "the error banner shows")
        compare(child(banner, "bannerCode").text, "code execution_not_found")
        verify(child(banner, "bannerRequestId").visible)
        verify(child(banner, "bannerRequestId").text.indexOf("request ") === 0)
        compare(child(banner, "bannerStatus").text, "HTTP 404")
        tryCompare(child(m, "sourceBadge"), "text", "ended", 5000)
    }

    function test_09_connect_error_is_shown() {
        const m = makeMonitor("wrong-key")
        const banner = child(m, "connectError")
        tryVerify(() => banner.visible, 10000, "the connect error shows")
        compare(m.connected, false)
        compare(child(banner, "bannerStatus").text, "HTTP 401")
        verify(child(banner, "bannerTitle").text.indexOf("Could not connect") === 0)
        // The reason is the shared classification (ServerSession.problem), as in the Widgets dialog.
        verify(child(banner, "bannerTitle").text.indexOf("refused this API key") > 0, child(banner, "bannerTitle").text)
        compare(child(m, "connectionBadge").text, "unauthorized")
    }

    function test_10_connect_page_by_hand() {
        const c = newClient()
        const m = createTemporaryObject(monitorComponent, root, { client: c })
        compare(m.connected, false)
        const url = child(m, "urlField")
        const tenant = child(m, "tenantField")
        const key = child(m, "keyField")
        url.text = simUrl
        tenant.text = "public"
        key.text = simKey
        mouseClick(child(m, "connectButton"))
        tryVerify(() => m.connected, 10000, "connected with typed settings")
        compare(key.text, "", "the key field is cleared")
        compare(c.hasApiKey, true)
        tryVerify(() => m.runsPage.list.count > 0, 10000)
    }

    function test_11_rerun_with_confirmation() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count > 0, 10000)
        tryVerify(() => list.itemAtIndex(0) !== null, 5000)
        mouseClick(list.itemAtIndex(0))
        tryVerify(() => child(m, "rerunButton").enabled, 5000)
        mouseClick(child(m, "rerunButton"))
        const dialog = child(m, "rerunDialog")
        tryCompare(dialog, "opened", true, 5000)
        verify(findChild(dialog.contentItem, "rerunText").text.indexOf(m.follower.workflowName) > 0)
        // An invalid context blocks OK.
        const useContext = findChild(dialog.contentItem, "useContext")
        useContext.checked = true
        findChild(dialog.contentItem, "contextEditor").text = "{broken"
        verify(findChild(dialog.contentItem, "contextProblem").text.length > 0)
        compare(dialog.standardButton(Dialog.Ok).enabled, false)
        findChild(dialog.contentItem, "contextEditor").text = "{\"rerun\": true}"
        compare(dialog.standardButton(Dialog.Ok).enabled, true)
        dialog.accept()
        const banner = child(m, "actionBanner")
        tryVerify(() => banner.visible, 10000, "the outcome is shown")
        compare(banner.isError, false)
        verify(child(banner, "bannerTitle").text.indexOf("Started run") === 0, child(banner, "bannerTitle").text)
        // Issue #16.5: the new run is followed at once.
        tryVerify(() => child(banner, "bannerTitle").text.indexOf(m.follower.executionId) > 0, 5000, "the new run is opened")
    }

    function test_12_rerun_refused_shows_code() {
        const m = connectedMonitor()
        m.follower.open("00000000-0000-4000-8000-00000000abce", "public", "no_such_workflow")
        m.runPage.rerun("")
        const banner = child(m, "actionBanner")
        tryVerify(() => banner.visible, 10000)
        compare(banner.isError, true)
        verify(child(banner, "bannerStatus").text.indexOf("HTTP 4") === 0, child(banner, "bannerStatus").text)
        verify(child(banner, "bannerCode").text.indexOf("code ") === 0)
        verify(child(banner, "bannerTitle").text.indexOf("refused") > 0)
        verify(child(banner, "bannerRequestId").text.length > 0)
    }

    // Issue #16.1: a run with a very long workflow name keeps its buttons on a 1280 px window.
    function test_13_fits_1280_with_long_names() {
        const longName = "quarterly_revenue_reconciliation_with_currency_normalisation_and_audit_trail_export"
        const ids = sim.create(1, "Failed", longName)
        const m = connectedMonitor()
        compare(m.width, 1280)
        tryVerify(() => m.runs.rowOfId(ids[0]) >= 0, 10000, "the run is listed")
        m.follower.open(ids[0], "public", longName)
        tryCompare(m.follower, "status", "Failed", 10000)
        for (const name of ["rerunButton", "statusBadge", "sourceBadge", "countsLabel", "connectionBadge"]) {
            const item = child(m, name)
            const p = item.mapToItem(m, 0, 0)
            verify(p.x >= 0 && p.x + item.width <= m.width + 0.5,
                   name + " at " + p.x + ".." + (p.x + item.width) + " of " + m.width)
        }
    }

    // Issue #16.3: the count says what it counts, and scrolling to the end loads older runs.
    function test_14_scrolling_loads_more() {
        sim.create(30, "Failed")
        const m = makeMonitor()
        m.runs.pageSize = 10
        tryVerify(() => m.connected, 10000)
        const list = m.runsPage.list
        // The first pages fill the view (a list that ends inside the view is "at the end").
        tryVerify(() => list.count >= 10 && !m.runs.loading && !list.atYEnd, 10000, "the view is filled")
        verify(m.runs.hasMore)
        verify(child(m, "countLabel").text.indexOf("more on the server") > 0, child(m, "countLabel").text)
        const before = list.count
        list.positionViewAtEnd()
        tryVerify(() => list.count > before, 10000, "the next page loads on scroll")
    }

    // Issue #16.4: a task that has not started is not labelled "running".
    function test_15_not_started_task_is_not_running() {
        const props = { index: 0, name: "publish", fullName: "public::pkg::wf::publish", categoryColor: "#9e9e9e",
            attempt: 0, maxAttempts: 3, startedAt: undefined, duration: -1, errorLine: "" }
        const cases = { "NotStarted": "not started", "Pending": "not started", "Skipped": "", "Running": "running" }
        for (const status in cases) {
            props.status = status
            const row = createTemporaryObject(taskRowComponent, root, props)
            verify(row)
            compare(child(row, "taskDuration").text, cases[status], status)
        }
    }

    // Issue #16.5: J/K open the next/previous failed run, arrows move, Enter opens.
    function test_16_keyboard_in_the_list() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count >= 3 && !m.runs.loading, 10000)
        list.forceActiveFocus()
        keyClick(Qt.Key_J)
        tryVerify(() => m.follower.executionId.length > 0, 5000, "J opens the first failed run")
        compare(m.runs.rowOfId(m.follower.executionId), 0)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_J)
        compare(list.currentIndex, 1)
        compare(m.runs.rowOfId(m.follower.executionId), 1)
        keyClick(Qt.Key_K)
        compare(m.runs.rowOfId(m.follower.executionId), 0)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 2)
        compare(m.runs.rowOfId(m.follower.executionId), 0, "arrows only move the selection")
        keyClick(Qt.Key_Return)
        compare(m.runs.rowOfId(m.follower.executionId), 2, "Enter opens it")
    }

    // Issue #16.5: Enter in the URL or tenant field connects, like the Connect button.
    function test_17_enter_in_connect_form() {
        const c = newClient()
        c.apiKey = simKey
        const m = createTemporaryObject(monitorComponent, root, { client: c })
        const url = child(m, "urlField")
        url.text = simUrl
        child(m, "tenantField").text = "public"
        child(m, "tenantField").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => m.connected, 10000, "Enter connects")
    }

    // Issue #16.5: a long error line stays inside its banner (the connect form is narrow).
    function test_18_error_line_stays_in_its_box() {
        const m = makeMonitor("wrong-key")
        const banner = child(m, "connectError")
        tryVerify(() => banner.visible && child(banner, "bannerRequestId").visible, 10000)
        const names = ["bannerStatus", "bannerCode", "bannerRequestId"]
        const fits = name => {
            const item = child(banner, name)
            const p = item.mapToItem(banner, 0, 0)
            return p.x >= 0 && p.x + item.width <= banner.width + 0.5
        }
        tryVerify(() => names.every(fits), 2000, "the banner's layout settles inside the banner")
        for (const name of names) {
            const item = child(banner, name)
            const p = item.mapToItem(banner, 0, 0)
            verify(p.x >= 0 && p.x + item.width <= banner.width + 0.5,
                   name + " at " + p.x + ".." + (p.x + item.width) + " of " + banner.width)
        }
    }

    // Issue #16, also expected: search by execution id.
    function test_19_search_by_id() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count >= 3 && !m.runs.loading, 10000)
        tryVerify(() => list.itemAtIndex(1) !== null, 5000)
        const id = list.itemAtIndex(1).executionId
        child(m, "runSearch").text = id.substring(0, 8)
        let shown = 0
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const it = list.itemAtIndex(i)
            if (it && it.visible)
                ++shown
        }
        compare(shown, 1)
        child(m, "runSearch").text = ""
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).visible, 5000)
    }

    // Issue #16, also expected: the QML run view has the timeline and the task graph.
    function test_20_timeline_and_graph() {
        const m = connectedMonitor()
        const list = m.runsPage.list
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null, 10000)
        // Not a fraud_rules run: the simulator's CI republishes the fraud-rules package, and a
        // version that failed to build leaves no graph to load (the run view then says so).
        let pick = null
        for (let i = 0; i < list.count && !pick; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const it = list.itemAtIndex(i)
            if (it && it.workflow !== "fraud_rules")
                pick = it
        }
        verify(pick, "a failed run of a package that is not republished")
        mouseClick(pick)
        tryCompare(m.follower, "status", "Failed", 10000)
        tryVerify(() => m.runPage.taskList.count > 0, 10000)
        // Issue #16.5: the header counts failed tasks, not failure events.
        tryVerify(() => child(m, "countsLabel").text.indexOf(" · " + m.follower.taskModel.failedCount + " failed") > 0, 5000,
                  child(m, "countsLabel").text)
        m.runPage.tabs.currentIndex = 2
        const lanes = m.runPage.timeline.lanes
        tryCompare(lanes, "count", m.runPage.taskList.count, 5000)
        let bars = 0
        for (let i = 0; i < lanes.count; ++i) {
            lanes.positionViewAtIndex(i, ListView.Contain)
            const lane = lanes.itemAtIndex(i)
            if (lane && lane.started) {
                ++bars
                verify(lane.x1 > lane.x0, "a bar from start to end")
            }
        }
        verify(bars > 0)
        const fitted = lanes.contentWidth
        mouseClick(child(m, "zoomIn"))
        compare(m.runPage.timeline.zoom, 2)
        verify(lanes.contentWidth > 1.5 * fitted)
        mouseClick(child(m, "jumpToFailure"))
        compare(lanes.currentIndex, m.follower.taskModel.failingRow())
        m.runPage.tabs.currentIndex = 3
        tryVerify(() => m.follower.graphNodes.length > 0, 20000,
                  "the task graph loads (package '" + m.follower.packageName + "', graph error: "
                  + m.follower.graphError.text + ")")
        compare(m.runPage.graph.nodes.count, m.follower.graphNodes.length)
        verify(m.follower.graphColumns >= 1)
        let failedNode = false
        for (const n of m.follower.graphNodes)
            failedNode = failedNode || n.status === "Failed"
        verify(failedNode, "the failed task is marked in the graph")
    }

    // Issue #16, also expected: a dark palette (the system's at start, a toggle in the top bar).
    function test_21_dark_toggle() {
        const m = connectedMonitor()
        compare(m.dark, false) // offscreen's palette is light
        const light = m.palette.base
        mouseClick(child(m, "themeToggle"))
        compare(m.dark, true)
        verify(m.palette.base.hslLightness < 0.3, "dark base " + m.palette.base)
        verify(m.runsPage.palette.base.hslLightness < 0.3, "the views follow")
        mouseClick(child(m, "themeToggle"))
        compare(m.dark, false)
        compare(m.palette.base, light)
    }

    // Issue #16.2: after Disconnect nothing of the old server stays: run, version.
    function test_22_disconnect_forgets_the_server() {
        const m = connectedMonitor()
        tryVerify(() => child(m, "versionLabel").visible, 10000)
        const list = m.runsPage.list
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null, 10000)
        mouseClick(list.itemAtIndex(0))
        verify(m.follower.executionId.length > 0)
        mouseClick(child(m, "disconnectButton"))
        compare(m.connected, false)
        compare(m.follower.executionId, "")
        compare(child(m, "versionLabel").visible, false)
    }
}
}

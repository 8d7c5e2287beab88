import QtQuick
import QtTest
import Cloacina

// The module `Cloacina`: its types load, instantiate and talk to the simulator.
TestCase {
    id: tc
    name: "CloacinaModule"
    property QtObject held: null

    Component { id: clientComponent; Client { } }
    Component { id: listComponent; ExecutionListModel { } }
    Component { id: eventModelComponent; RunEventModel { } }
    Component { id: filterComponent; RunEventFilterModel { } }
    Component { id: taskComponent; TaskListModel { } }
    Component { id: followerComponent; RunFollower { } }

    function makeClient(key) {
        const c = createTemporaryObject(clientComponent, tc)
        c.url = simUrl
        c.tenant = "public"
        c.apiKey = key === undefined ? simKey : key
        return c
    }

    // Waits for a PendingCall and returns [ok, value, error].
    function settle(call) {
        let result = null
        call.finished.connect((ok, value, error) => { result = [ok, value, error] })
        tryVerify(() => result !== null, 10000, "call " + call.operationId + " settles")
        return result
    }

    function test_01_types_instantiate() {
        verify(createTemporaryObject(listComponent, tc))
        verify(createTemporaryObject(eventModelComponent, tc))
        verify(createTemporaryObject(filterComponent, tc))
        verify(createTemporaryObject(taskComponent, tc))
        const run = createTemporaryObject(followerComponent, tc)
        verify(run)
        compare(run.sourceText, "idle")
        compare(run.source, RunFollower.Idle)
        verify(run.eventModel)
        verify(run.taskModel)
        verify(run.filteredEvents)
        compare(run.failuresOnly, false)
    }

    function test_02_client_properties() {
        const c = createTemporaryObject(clientComponent, tc)
        compare(c.connectionStateText, "unknown")
        compare(c.hasApiKey, false)
        c.apiKey = "secret-value"
        compare(c.hasApiKey, true)
        compare(c.apiKey, "", "the key cannot be read back")
        c.url = "http://127.0.0.1:9"
        compare(c.baseUrl.toString(), "http://127.0.0.1:9")
        compare(c.tenant, "public")
        compare(c.pendingCalls, 0)
        c.forgetApiKey()
        compare(c.hasApiKey, false)
    }

    function test_03_format_vocabulary() {
        compare(Format.eventLabel("task_failed"), "Task failed")
        compare(Format.eventLabel("brand_new_event"), "brand_new_event")
        compare(Format.isKnownEvent("brand_new_event"), false)
        compare(Format.eventCategory("task_failed"), "failure")
        compare(Format.eventColor("task_failed"), Format.categoryColor("failure"))
        compare(Format.statusCategory("Failed"), "failure")
        verify(Format.knownEventTypes.indexOf("task_retry_scheduled") >= 0)
        verify(Format.runStatuses.indexOf("Cancelled") >= 0)
        compare(Format.validateJson(""), "")
        compare(Format.validateJson("{\"a\": 1}"), "")
        verify(Format.validateJson("{a").length > 0)
        compare(Format.duration(850), "850 ms")
        compare(Format.shortTaskName("t::pkg::wf::extract"), "extract")
    }

    function test_04_connect() {
        const c = makeClient()
        const call = c.connectToServer()
        compare(call.running, true)
        compare(c.pendingCalls, 1)
        const [ok, value, error] = settle(call)
        verify(ok, error.text)
        verify(value.server_version.length > 0)
        compare(value.compatible, true)
        compare(value.is_admin, true)
        compare(c.serverVersion, value.server_version)
        compare(c.connectionStateText, "connected")
        compare(c.isAdmin, true)
        compare(c.pendingCalls, 0)
    }

    function test_05_error_carries_code_and_request_id() {
        const c = makeClient()
        const [ok, value, error] = settle(c.getExecution("00000000-0000-4000-8000-000000000000"))
        compare(ok, false)
        compare(error.kind, Error.Api)
        compare(error.httpStatus, 404)
        compare(error.code, "execution_not_found")
        verify(error.requestId.length > 0, "request id")
        compare(error.operationId, "get_execution")
        const text = Format.describeError(error)
        verify(text.indexOf("execution_not_found") >= 0, text)
        verify(text.indexOf(error.requestId) >= 0, text)
        verify(text.indexOf("HTTP 404") >= 0, text)
    }

    function test_06_unauthorized() {
        const c = makeClient("not-a-key")
        const [ok, value, error] = settle(c.connectToServer())
        compare(ok, false)
        compare(error.httpStatus, 401)
        compare(c.connectionStateText, "unauthorized")
        compare(c.lastError.httpStatus, 401)
    }

    function test_07_invalid_context_fails_without_request() {
        const c = makeClient()
        const [ok, value, error] = settle(c.executeWorkflow("etl_daily", "{not json"))
        compare(ok, false)
        compare(error.kind, Error.Decode)
        compare(error.code, "invalid_context")
    }

    function test_08_execute_workflow() {
        const c = makeClient()
        const [ok, value, error] = settle(c.executeWorkflow("etl_daily", "{\"date\": \"2024-05-01\"}"))
        verify(ok, error.text)
        verify(value.execution_id.length > 0)
        compare(value.workflow_name, "etl_daily")
    }

    function test_09_cancel() {
        const c = makeClient()
        const call = c.listWorkflows()
        call.cancel()
        const [ok, value, error] = settle(call)
        compare(ok, false)
        compare(error.kind, Error.Canceled)
    }

    function test_10_pending_call_deletes_itself() {
        const c = makeClient()
        tc.held = c.listTenants()
        let names = null
        tc.held.finished.connect((ok, value) => { names = value })
        tryVerify(() => names !== null)
        verify(names.length !== undefined, JSON.stringify(names))
        tryVerify(() => tc.held === null, 2000, "the PendingCall deleted itself")
    }

    function test_11_follower_feeds_models() {
        const c = makeClient()
        const run = createTemporaryObject(followerComponent, tc, { client: c, pollInterval: 300 })
        const id = sim.start("etl_daily")
        run.open(id, "public", "etl_daily")
        compare(run.executionId, id)
        tryVerify(() => run.eventModel.count > 0, 10000, "events arrive")
        tryVerify(() => run.terminal, 20000, "the run ends")
        tryCompare(run, "sourceText", "ended", 5000)
        verify(run.taskModel.count > 0)
        // The graph comes from the package holding the workflow (acme-etl holds etl_daily).
        tryCompare(run, "packageName", "acme-etl", 10000)
        tryVerify(() => run.graphTaskIds.length === 5, 10000, "the task graph loads")
        compare(run.status, sim.status(id))
        if (run.status === "Failed") {
            verify(run.failingError.length > 0)
            run.failuresOnly = true
            verify(run.filteredEvents.rowCount() > 0)
            verify(run.filteredEvents.rowCount() < run.eventModel.count)
        }
    }
}

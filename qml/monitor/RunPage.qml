import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! The selected run: workflow, status, what feeds the view (live / polling / reconnecting /
//! ended), counters, the follower's error (code + request id), the failing task's error, and
//! tabs with the live event log and the tasks. Re-run asks for confirmation first.
Pane {
    id: page
    //! The session to show.
    required property RunFollower follower
    //! Used for re-runs.
    property Client client
    //! The ListViews (tests).
    readonly property alias eventList: eventList
    readonly property alias taskList: taskList
    readonly property alias timeline: timelineView
    readonly property alias graph: graphView
    //! The tab bar (tests): 0 events, 1 tasks, 2 timeline, 3 graph.
    readonly property alias tabs: tabs

    //! A re-run was accepted by the server.
    signal rerunStarted(string executionId)

    readonly property bool hasRun: follower.executionId.length > 0
    padding: 0
    clip: true

    //! Starts the re-run flow (the confirmation dialog).
    function requestRerun() {
        rerunDialog.workflow = page.follower.workflowName
        rerunDialog.originalId = page.follower.executionId
        rerunDialog.open()
    }

    //! Starts the new run (after confirmation).
    function rerun(contextJson) {
        actionBanner.active = false
        const call = page.client.executeWorkflow(page.follower.workflowName, contextJson, page.follower.tenant)
        call.finished.connect((ok, value, error) => {
            actionBanner.isError = !ok
            actionBanner.error = error
            actionBanner.title = ok ? qsTr("Started run %1 (%2)").arg(value.execution_id).arg(value.status)
                                    : qsTr("Re-run of %1 was refused").arg(page.follower.workflowName)
            actionBanner.active = true
            if (ok)
                page.rerunStarted(value.execution_id)
        })
    }

    // `sourceText` is translated for display; logic and colours use the `source` enum.
    function sourceKey(source) {
        switch (source) {
        case RunFollower.Live: return "live"
        case RunFollower.Polling: return "polling"
        case RunFollower.Reconnecting: return "reconnecting"
        case RunFollower.Ended: return "ended"
        default: return "idle"
        }
    }

    function sourceExplanation(source) {
        switch (source) {
        case "live": return qsTr("Events arrive over the delivery socket as they happen.")
        case "polling": return qsTr("The socket is silent or unavailable: the history is fetched every few seconds.")
        case "reconnecting": return qsTr("The socket was lost and is reconnecting; polling meanwhile.")
        case "ended": return qsTr("The run has ended (or following stopped); nothing more will arrive.")
        default: return ""
        }
    }

    Label {
        anchors.centerIn: parent
        visible: !page.hasRun
        text: qsTr("Select a run to see its events and tasks.")
        color: Qt.tint(page.palette.text, "#80808080")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.hasRun
        spacing: 6

        // Header
        Pane {
            Layout.fillWidth: true
            padding: 10
            background: Rectangle { color: page.palette.window; border.color: page.palette.mid }
            ColumnLayout {
                anchors.fill: parent
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        objectName: "workflowLabel"
                        text: page.follower.workflowName.length > 0 ? page.follower.workflowName : qsTr("Run")
                        font.pixelSize: 18
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Badge {
                        objectName: "statusBadge"
                        text: page.follower.status.length > 0 ? page.follower.status : qsTr("loading…")
                        tint: page.follower.status.length > 0 ? Format.statusColor(page.follower.status) : "#9e9e9e"
                    }
                    Badge {
                        id: sourceBadge
                        objectName: "sourceBadge"
                        text: page.follower.sourceText
                        tint: Format.sourceColor(page.sourceKey(page.follower.source))
                        pulsing: page.follower.source === RunFollower.Live
                        HoverHandler { id: sourceHover }
                        ToolTip.visible: sourceHover.hovered
                        ToolTip.text: page.sourceExplanation(page.sourceKey(page.follower.source))
                    }
                    Button {
                        objectName: "reconnectButton"
                        text: qsTr("Reconnect")
                        visible: page.follower.hasError && !page.follower.terminal
                        onClicked: page.follower.reconnect()
                    }
                    Button {
                        objectName: "rerunButton"
                        text: qsTr("Re-run…")
                        // A read-only key may not start workflows (the server answers 403); the rule
                        // is the Widgets monitor's (ServerSession).
                        readonly property bool keyMayRun: page.client !== null && page.client.session.mayStartWorkflows
                        enabled: keyMayRun && page.follower.workflowName.length > 0
                        ToolTip.visible: hovered && !keyMayRun
                        ToolTip.text: qsTr("This key's role (%1) may not start workflows").arg(page.client ? page.client.session.role : "")
                        onClicked: page.requestRerun()
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label { text: qsTr("Execution"); color: Qt.tint(page.palette.text, "#80808080") }
                    TextInput {
                        id: idField
                        objectName: "executionIdField"
                        text: page.follower.executionId
                        readOnly: true
                        selectByMouse: true
                        font.family: "monospace"
                        color: page.palette.text
                    }
                    ToolButton {
                        text: qsTr("Copy")
                        font.pixelSize: 11
                        onClicked: { idField.selectAll(); idField.copy(); idField.deselect() }
                    }
                    // Counters grow with the run: they take the rest of the row and elide.
                    Label {
                        objectName: "countsLabel"
                        Layout.fillWidth: true
                        Layout.minimumWidth: 40
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideLeft
                        color: Qt.tint(page.palette.text, "#80808080")
                        // Failed *tasks*, as operators read it (retries repeat failure events).
                        text: qsTr("%1 events · %2 tasks · %3 failed")
                              .arg(page.follower.eventModel.count)
                              .arg(page.follower.taskModel.count)
                              .arg(page.follower.taskModel.failedCount)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        objectName: "sourceLabel"
                        text: qsTr("Feeding: %1").arg(page.follower.sourceText)
                        color: Format.sourceColor(page.sourceKey(page.follower.source))
                        font.bold: true
                    }
                    Label {
                        text: page.sourceExplanation(page.sourceKey(page.follower.source))
                        color: Qt.tint(page.palette.text, "#80808080")
                        font.pixelSize: 12
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                    }
                }
            }
        }

        ErrorBanner {
            objectName: "runError"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            active: page.follower.hasError
            error: page.follower.lastError
            title: page.follower.terminal || page.follower.source === RunFollower.Ended
                   ? qsTr("Following this run failed") : qsTr("Following this run hit an error (still trying)")
        }

        ErrorBanner {
            id: actionBanner
            objectName: "actionBanner"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            closable: true
        }

        // The failing task's full error text.
        Pane {
            objectName: "failurePane"
            visible: page.follower.failingError.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            Layout.maximumHeight: 130
            padding: 8
            background: Rectangle { color: Qt.rgba(0.9, 0.22, 0.21, 0.14); border.color: "#ef9a9a"; radius: 4 }
            ColumnLayout {
                anchors.fill: parent
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "failureTitle"
                        text: page.follower.failingTask.length > 0
                              ? qsTr("Failing task: %1").arg(page.follower.failingTask) : qsTr("Failure")
                        font.bold: true
                        color: "#e53935"
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        text: qsTr("Copy error")
                        font.pixelSize: 11
                        onClicked: { failureText.selectAll(); failureText.copy(); failureText.deselect() }
                    }
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    TextArea {
                        id: failureText
                        objectName: "failureText"
                        text: page.follower.failingError
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        font.family: "monospace"
                        font.pixelSize: 12
                        background: null
                    }
                }
            }
        }

        TabBar {
            id: tabs
            objectName: "runTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("Events (%1)").arg(page.follower.eventModel.count) }
            TabButton { text: qsTr("Tasks (%1)").arg(page.follower.taskModel.count) }
            TabButton { objectName: "timelineTab"; text: qsTr("Timeline") }
            TabButton { objectName: "graphTab"; text: qsTr("Graph") }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 6
                    Layout.rightMargin: 6
                    CheckBox {
                        objectName: "failuresOnly"
                        text: qsTr("Failures only")
                        checked: page.follower.failuresOnly
                        onToggled: page.follower.failuresOnly = checked
                    }
                    TextField {
                        objectName: "eventSearch"
                        placeholderText: qsTr("Filter events…")
                        Layout.fillWidth: true
                        onTextChanged: page.follower.filterText = text
                    }
                    CheckBox {
                        id: follow
                        objectName: "followEvents"
                        text: qsTr("Follow")
                        checked: true
                    }
                }
                ListView {
                    id: eventList
                    objectName: "eventList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.follower.filteredEvents
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { }
                    delegate: EventRow { }
                    onCountChanged: if (follow.checked) Qt.callLater(eventList.positionViewAtEnd)
                    onMovementEnded: follow.checked = atYEnd
                    Label {
                        anchors.centerIn: parent
                        visible: eventList.count === 0
                        color: Qt.tint(page.palette.text, "#80808080")
                        text: page.follower.failuresOnly ? qsTr("No failure events.") : qsTr("No events yet.")
                    }
                }
            }

            ListView {
                id: taskList
                objectName: "taskList"
                clip: true
                model: page.follower.taskModel
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                delegate: TaskRow { }
                Label {
                    anchors.centerIn: parent
                    visible: taskList.count === 0
                    color: Qt.tint(page.palette.text, "#80808080")
                    text: qsTr("No tasks yet.")
                }
            }

            TimelineView {
                id: timelineView
                objectName: "timelineView"
                model: page.follower.taskModel
            }

            TaskGraphView {
                id: graphView
                objectName: "graphView"
                follower: page.follower
            }
        }
    }

    RerunDialog {
        id: rerunDialog
        objectName: "rerunDialog"
        parent: Overlay.overlay
        onConfirmed: (contextJson) => page.rerun(contextJson)
    }
}

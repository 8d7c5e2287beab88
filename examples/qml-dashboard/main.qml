// qml-dashboard: failed runs on the left, the live events of the selected run on the right.
// Everything here is bindings to the models of `import Cloacina`; no JavaScript fetches data.
pragma ComponentBehavior: Bound // delegates may use the ids of this file (and qmllint knows)

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

ApplicationWindow {
    id: window

    // Created and configured in main.cpp, so that the API key never passes through QML.
    required property Client client

    // Read by main.cpp for --smoke.
    readonly property alias failedRuns: failedRunsModel
    readonly property alias runEvents: run.eventModel

    width: 1100
    height: 650
    visible: true
    title: "Cloacina — failed runs (" + client.url + ")"

    // Failed runs of the client's tenant, newest first. Setting `client` loads the first page;
    // refreshes merge by execution id, so the selection survives them.
    ExecutionListModel {
        id: failedRunsModel
        client: window.client
        statusFilter: ["Failed"]
        autoRefreshInterval: 10000
    }

    // Follows one run: REST history, then live pushes (or polling when the server pushes nothing).
    RunFollower {
        id: run
        client: window.client
    }

    // Errors are shown with their HTTP status, server code and request id.
    header: Label {
        padding: 8
        wrapMode: Text.Wrap
        color: failedRunsModel.hasError || run.hasError ? "#b00020" : palette.windowText
        text: failedRunsModel.hasError ? Format.describeError(failedRunsModel.lastError)
            : run.hasError ? Format.describeError(run.lastError)
            : failedRunsModel.count + " failed runs · " + window.client.connectionStateText
    }

    SplitView {
        anchors.fill: parent

        ListView {
            id: runList
            SplitView.preferredWidth: 480
            clip: true
            model: failedRunsModel
            delegate: ItemDelegate {
                required property int index
                required property string executionId
                required property string workflow
                required property date startedAt
                required property string firstErrorLine // fetched lazily by the model
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: workflow + "  ·  " + Qt.formatDateTime(startedAt, "yyyy-MM-dd hh:mm:ss")
                    + "\n" + (firstErrorLine || "…")
                onClicked: runList.currentIndex = index
                // Follow the current row's run. The list starts on its first (newest) row, and a
                // refresh that inserts rows above moves the current row without changing its run.
                ListView.onIsCurrentItemChanged: {
                    if (ListView.isCurrentItem && executionId !== run.executionId)
                        run.open(executionId, "", workflow)
                }
            }
        }

        ColumnLayout {
            spacing: 4

            Label {
                Layout.margins: 8
                font.bold: true
                text: run.executionId === "" ? "Select a run"
                    : run.workflowName + "  ·  " + run.status + "  ·  " + run.sourceText
            }

            ListView {
                id: eventList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: run.eventModel
                // Keep the newest event in view while the run is going.
                onCountChanged: positionViewAtEnd()
                delegate: Label {
                    required property string timeText
                    required property string label
                    required property string taskName
                    required property string summary
                    required property string categoryColor
                    width: ListView.view.width
                    leftPadding: 8
                    elide: Text.ElideRight
                    color: categoryColor
                    text: timeText + "  " + label + (taskName ? "  " + taskName : "")
                        + (summary ? "  — " + summary : "")
                }
            }
        }
    }
}

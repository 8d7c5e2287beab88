import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! The overview: tiles with the numbers an operator checks first (workflows, runs in flight,
//! completed and failed in the last hour and 24 h, graph health, server version and readiness),
//! runs and failures per 10 minutes over 24 h drawn as bars, and the failure rate per workflow.
//! A run tile asks for the runs list with its status (runsRequested). Refreshes every 10 s.
Pane {
    id: page
    //! The client to ask (null while not connected).
    property Client client
    //! The numbers (tests).
    readonly property alias model: overview

    //! A tile asks for the runs list filtered by \a statuses (e.g. ["Failed"]).
    signal runsRequested(var statuses)

    padding: 8
    clip: true

    OverviewModel {
        id: overview
        client: page.client
        autoRefreshInterval: 10000
    }

    //! One number: caption, value, detail and an accent bar; clickable when it has statuses.
    component Tile: Rectangle {
        id: tile
        property string caption
        property string value
        property string detail
        property color accent: "#78909c"
        //! The runs filter a click asks for; null: not clickable.
        property var statuses: null

        Layout.fillWidth: true
        Layout.preferredWidth: 100
        implicitHeight: 74
        radius: 4
        color: page.palette.base
        border.color: tileMouse.containsMouse && tile.statuses ? page.palette.highlight : page.palette.mid
        Rectangle {
            width: 5
            height: parent.height
            radius: 2
            color: tile.accent
        }
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 14
            anchors.rightMargin: 8
            anchors.topMargin: 6
            anchors.bottomMargin: 6
            spacing: 0
            Label {
                text: tile.caption
                color: Qt.tint(page.palette.text, "#80808080")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "tileValue"
                text: overview.loaded || overview.hasError ? tile.value : "–"
                font.pixelSize: 24
                font.bold: true
                color: page.palette.text
            }
            Label {
                text: overview.loaded || overview.hasError ? tile.detail : ""
                color: Qt.tint(page.palette.text, "#80808080")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        MouseArea {
            id: tileMouse
            anchors.fill: parent
            hoverEnabled: true
            cursorShape: tile.statuses ? Qt.PointingHandCursor : Qt.ArrowCursor
            onClicked: if (tile.statuses) page.runsRequested(tile.statuses)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Overview")
                font.bold: true
                font.pixelSize: 18
            }
            Label {
                objectName: "overviewStatus"
                text: (overview.loading ? qsTr("loading…") + "  " : "")
                      + (overview.lastRefreshed.getTime() > 0 ? qsTr("updated %1").arg(Format.relativeTime(overview.lastRefreshed)) : "")
                color: Qt.tint(page.palette.text, "#80808080")
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Refresh")
                onClicked: overview.refresh()
            }
        }

        ErrorBanner {
            objectName: "overviewError"
            Layout.fillWidth: true
            active: overview.hasError
            error: overview.lastError
            title: qsTr("Could not refresh everything; the numbers shown are kept")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: 8
            rowSpacing: 8
            Tile {
                objectName: "tile-workflows"
                caption: qsTr("Workflows registered")
                value: overview.workflowCount
            }
            Tile {
                objectName: "tile-inFlight"
                caption: qsTr("Runs in flight")
                value: overview.runsInFlight
                detail: qsTr("running or pending")
                accent: Format.statusColor("Running")
                statuses: ["Running", "Pending"]
            }
            Tile {
                objectName: "tile-completedHour"
                caption: qsTr("Completed · last hour")
                value: overview.completedLastHour
                detail: qsTr("of %1 started").arg(overview.startedLastHour)
                accent: Format.statusColor("Completed")
                statuses: ["Completed"]
            }
            Tile {
                objectName: "tile-failedHour"
                caption: qsTr("Failed · last hour")
                value: overview.failedLastHour
                detail: qsTr("of %1 started").arg(overview.startedLastHour)
                accent: Format.statusColor("Failed")
                statuses: ["Failed"]
            }
            Tile {
                objectName: "tile-graphs"
                caption: qsTr("Computation graphs")
                value: overview.graphCount
                detail: [qsTr("%1 live").arg(overview.graphsLive),
                         overview.graphsDegraded > 0 ? qsTr("%1 degraded").arg(overview.graphsDegraded) : "",
                         overview.graphsStarting > 0 ? qsTr("%1 starting").arg(overview.graphsStarting) : "",
                         overview.graphsDown > 0 ? qsTr("%1 down").arg(overview.graphsDown) : ""].filter(s => s.length > 0).join(" · ")
                accent: overview.graphsDegraded + overview.graphsDown > 0 ? "#ef6c00" : Format.statusColor("Completed")
            }
            Tile {
                objectName: "tile-server"
                caption: qsTr("Server")
                value: overview.serverVersion.length > 0 ? overview.serverVersion : "–"
                detail: !overview.alive ? qsTr("not answering /health")
                      : !overview.ready ? qsTr("alive, not ready: %1").arg(overview.readyReason)
                      : qsTr("alive and ready")
                accent: overview.alive && overview.ready ? Format.statusColor("Completed") : Format.statusColor("Failed")
            }
            Tile {
                objectName: "tile-completedDay"
                caption: qsTr("Completed · last 24 h")
                value: overview.completedLastDay
                detail: qsTr("of %1 started").arg(overview.startedLastDay)
                accent: Format.statusColor("Completed")
                statuses: ["Completed"]
            }
            Tile {
                objectName: "tile-failedDay"
                caption: qsTr("Failed · last 24 h")
                value: overview.failedLastDay
                detail: qsTr("of %1 started").arg(overview.startedLastDay)
                accent: Format.statusColor("Failed")
                statuses: ["Failed"]
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            // Runs started (blue) and failed (red, in front) per bucket; drawn with rectangles,
            // which render the same on every scene-graph backend.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                color: page.palette.base
                border.color: page.palette.mid
                radius: 4
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    Label {
                        text: qsTr("Runs started and failed per %1 minutes, last 24 h (peak %2)")
                              .arg(overview.bucketMinutes).arg(overview.timelinePeak)
                        color: page.palette.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Item {
                        id: plot
                        objectName: "runsChart"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        readonly property int buckets: overview.timeline.length
                        readonly property real peak: Math.max(1, overview.timelinePeak)
                        Rectangle { // baseline
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: page.palette.mid
                        }
                        Repeater {
                            objectName: "bars"
                            model: overview.timeline
                            Item {
                                required property var modelData
                                required property int index
                                x: index * plot.width / Math.max(1, plot.buckets)
                                width: Math.max(1, plot.width / Math.max(1, plot.buckets) - 1)
                                height: plot.height
                                Rectangle {
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    height: parent.height * modelData.runs / plot.peak
                                    color: Format.statusColor("Running")
                                    opacity: 0.6
                                }
                                Rectangle {
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    height: parent.height * modelData.failed / plot.peak
                                    color: Format.statusColor("Failed")
                                }
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: overview.timeline.length > 0 ? Qt.formatTime(overview.timeline[0].start, "HH:mm") : ""
                            color: Qt.tint(page.palette.text, "#80808080")
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: qsTr("■ started") 
                            color: Format.statusColor("Running")
                        }
                        Label {
                            text: qsTr("■ failed")
                            color: Format.statusColor("Failed")
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: qsTr("now")
                            color: Qt.tint(page.palette.text, "#80808080")
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                color: page.palette.base
                border.color: page.palette.mid
                radius: 4
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    Label {
                        text: qsTr("Failure rate per workflow, last 24 h")
                        color: page.palette.text
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        visible: rates.count === 0
                        text: overview.loaded ? qsTr("No run finished in the last 24 h.") : ""
                        color: Qt.tint(page.palette.text, "#80808080")
                    }
                    ListView {
                        id: rates
                        objectName: "failureRates"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: overview.failureRates
                        delegate: RowLayout {
                            required property string workflow
                            required property int finished
                            required property int failed
                            required property real rate
                            width: ListView.view.width
                            height: 26
                            Label {
                                text: workflow
                                color: page.palette.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("%1 of %2").arg(failed).arg(finished)
                                color: Qt.tint(page.palette.text, "#80808080")
                            }
                            Rectangle {
                                Layout.preferredWidth: 80
                                height: 8
                                radius: 4
                                color: page.palette.alternateBase
                                Rectangle {
                                    width: parent.width * rate
                                    height: parent.height
                                    radius: 4
                                    color: Format.statusColor("Failed")
                                }
                            }
                            Label {
                                text: qsTr("%1 %").arg((rate * 100).toFixed(1))
                                color: page.palette.text
                                horizontalAlignment: Text.AlignRight
                                Layout.preferredWidth: 56
                            }
                        }
                    }
                }
            }
        }

        Label {
            objectName: "overviewNote"
            visible: overview.truncated
            text: qsTr("The counts cover the newest %1 runs only: older runs of the last 24 h are not counted.").arg(overview.maxRuns)
            color: Qt.tint(page.palette.text, "#80808080")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! The computation graphs: each graph with its health (degraded ones name the sources they
//! lost), and for the selected one its fires per minute over the last hour and its accumulators'
//! freshness. Lists refresh themselves (graphs every 10 s, the chart and freshness every 5 s).
Page {
    id: page
    //! The client to list with (null while disconnected).
    property Client client

    //! The models and the selection (tests).
    readonly property alias graphs: graphModel
    readonly property alias series: seriesModel
    readonly property alias accumulators: accumulatorModel
    readonly property alias list: graphList
    readonly property alias bars: barRepeater
    property int currentRow: graphList.currentIndex
    readonly property string currentReactor: currentRow >= 0 && currentRow < graphList.count
        ? graphModel.data(graphModel.index(currentRow, 0), GraphListModel.ReactorRole) : ""

    //! The colour of a health level (ComponentHealth::Level).
    function healthColor(level) {
        return ["#2e9d4f", "#d49a17", "#d64541", "#8a8a8a"][level] ?? page.palette.mid
    }

    GraphListModel {
        id: graphModel
        client: page.client
        autoRefreshInterval: 10000
        onRefreshed: if (graphList.currentIndex < 0 && graphList.count > 0) graphList.currentIndex = 0
    }
    FireSeriesModel {
        id: seriesModel
        client: page.client
        reactor: page.currentReactor
        autoRefreshInterval: 5000
    }
    AccumulatorListModel {
        id: accumulatorModel
        client: page.client
        names: page.currentRow >= 0 && page.currentRow < graphList.count
            ? graphModel.data(graphModel.index(page.currentRow, 0), GraphListModel.AccumulatorsRole) : []
        autoRefreshInterval: 5000
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        ColumnLayout {
            SplitView.preferredWidth: Math.max(360, page.width * 0.35)
            SplitView.minimumWidth: 300
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 8
                Label {
                    text: qsTr("Computation graphs")
                    font.bold: true
                    font.pixelSize: 16
                    Layout.fillWidth: true
                }
                Badge {
                    objectName: "degradedBadge"
                    text: graphModel.degradedCount > 0 ? qsTr("%1 degraded").arg(graphModel.degradedCount) : ""
                    tint: page.healthColor(2)
                }
                Button {
                    objectName: "graphsRefresh"
                    text: qsTr("Refresh")
                    onClicked: { graphModel.refresh(); seriesModel.refresh(); accumulatorModel.refresh() }
                }
            }
            ErrorBanner {
                objectName: "graphsError"
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                active: graphModel.hasError
                error: graphModel.lastError
                title: qsTr("Could not list the graphs")
            }
            ListView {
                id: graphList
                objectName: "graphList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: graphModel
                currentIndex: -1
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string name
                    required property string healthText
                    required property int healthLevel
                    required property var fires
                    required property bool paused
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: graphList.currentIndex = index
                    contentItem: RowLayout {
                        spacing: 8
                        Rectangle {
                            width: 10; height: 10; radius: 5
                            color: page.healthColor(row.healthLevel)
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label { text: row.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label {
                                text: row.paused ? qsTr("%1 (paused)").arg(row.healthText) : row.healthText
                                color: row.healthLevel === 2 ? page.healthColor(2) : Qt.tint(page.palette.text, "#80808080")
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label { text: row.fires === undefined ? "" : qsTr("%1 fires").arg(row.fires) }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 24
                    visible: graphList.count === 0
                    text: graphModel.emptyText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Qt.tint(page.palette.text, "#80808080")
                }
            }
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 6
            Label {
                objectName: "chartTitle"
                Layout.margins: 8
                text: page.currentReactor.length > 0
                    ? qsTr("%1 — %2 fires in the last hour").arg(page.currentReactor).arg(seriesModel.totalFires)
                    : qsTr("Select a graph")
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // Fires per minute: one bar per minute of the last hour, the newest on the right.
            Rectangle {
                objectName: "fireChart"
                Layout.fillWidth: true
                Layout.preferredHeight: 200
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                color: page.palette.base
                border.color: page.palette.mid
                Row {
                    id: bars
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 1
                    Repeater {
                        id: barRepeater
                        model: seriesModel
                        delegate: Item {
                            required property int fires
                            required property date minute
                            width: Math.max(1, (bars.width - (barRepeater.count - 1)) / Math.max(1, barRepeater.count))
                            height: bars.height
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: seriesModel.maxFires > 0 ? parent.height * fires / seriesModel.maxFires : 0
                                color: page.palette.highlight
                            }
                            ToolTip.visible: hover.hovered
                            ToolTip.text: qsTr("%1: %2 fires").arg(Qt.formatTime(minute, "HH:mm")).arg(fires)
                            HoverHandler { id: hover }
                        }
                    }
                }
                Label {
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.margins: 4
                    text: qsTr("max %1 / min").arg(seriesModel.maxFires)
                    color: Qt.tint(page.palette.text, "#80808080")
                }
            }
            Label {
                Layout.leftMargin: 8
                text: qsTr("Accumulators")
                font.bold: true
            }
            ListView {
                id: accumulatorList
                objectName: "accumulatorList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                clip: true
                model: accumulatorModel
                delegate: RowLayout {
                    // `state` is also an Item property: the role is read through `model`.
                    required property var model
                    required property string name
                    required property int healthLevel
                    required property var lastEventAgeSeconds
                    required property var events
                    width: ListView.view.width
                    spacing: 8
                    Rectangle { width: 10; height: 10; radius: 5; color: page.healthColor(healthLevel) }
                    Label { text: name; font.bold: true; Layout.preferredWidth: 160; elide: Text.ElideRight }
                    Label {
                        objectName: "accumulatorState"
                        text: model.state
                        Layout.preferredWidth: 110
                        color: healthLevel === 2 ? page.healthColor(2) : page.palette.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: lastEventAgeSeconds === undefined ? qsTr("no event yet")
                            : lastEventAgeSeconds < 60 ? qsTr("last event %1 s ago").arg(lastEventAgeSeconds)
                            : qsTr("last event %1 min ago").arg(Math.floor(lastEventAgeSeconds / 60))
                    }
                    Label { text: events === undefined ? "" : qsTr("%1 events").arg(events) }
                }
                Label {
                    anchors.centerIn: parent
                    visible: accumulatorList.count === 0
                    text: accumulatorModel.emptyText
                    color: Qt.tint(page.palette.text, "#80808080")
                }
            }
        }
    }
}

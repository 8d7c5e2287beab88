import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! The run's timeline: one lane per task with a bar from its start to its end (to "now" while
//! it runs), coloured by status. Tasks that never started have a lane and no bar. Zoom widens
//! the plot (the lanes scroll sideways); "Jump to failed task" scrolls to the failing lane.
ColumnLayout {
    id: timeline
    //! The tasks to draw (a TaskListModel).
    required property TaskListModel model
    //! Horizontal zoom, 1 = the run fits the width.
    property real zoom: 1
    //! The lane list (tests).
    readonly property alias lanes: laneList

    readonly property real labelWidth: 160
    readonly property real plotWidth: Math.max(100, (laneList.width - labelWidth - 12) * zoom)
    // Start of the run and its length in ms; "now" moves while tasks run.
    property real now: Date.now()
    readonly property real t0: isNaN(model.firstStart.getTime()) ? 0 : model.firstStart.getTime()
    readonly property real span: {
        const end = isNaN(model.lastEnd.getTime()) ? now : Math.max(model.lastEnd.getTime(), running ? now : 0)
        return Math.max(1, (end - t0) * 1.05)
    }
    property bool running: false

    spacing: 4

    // The palette of the enclosing controls (light or dark), for the plain items below.
    Label { id: colors; visible: false }

    Timer {
        interval: 500
        repeat: true
        running: timeline.running && timeline.visible
        onTriggered: timeline.now = Date.now()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 6
        Layout.rightMargin: 6
        Button { objectName: "zoomOut"; text: qsTr("Zoom −"); onClicked: timeline.zoom = Math.max(1, timeline.zoom / 2) }
        Button { objectName: "zoomIn"; text: qsTr("Zoom +"); onClicked: timeline.zoom = Math.min(64, timeline.zoom * 2) }
        Button { objectName: "zoomFit"; text: qsTr("Fit"); onClicked: timeline.zoom = 1 }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "jumpToFailure"
            text: qsTr("Jump to failed task")
            enabled: timeline.model.failedCount > 0
            onClicked: {
                const row = timeline.model.failingRow()
                if (row >= 0) {
                    laneList.currentIndex = row
                    laneList.positionViewAtIndex(row, ListView.Center)
                }
            }
        }
    }

    ListView {
        id: laneList
        objectName: "timelineLanes"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: timeline.model
        currentIndex: -1
        contentWidth: timeline.labelWidth + timeline.plotWidth + 12
        flickableDirection: Flickable.AutoFlickIfNeeded
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        ScrollBar.horizontal: ScrollBar { }
        delegate: Item {
            id: lane
            required property int index
            required property string name
            required property string status
            required property string categoryColor
            required property var startedAt
            required property var completedAt
            required property string errorLine
            readonly property bool started: startedAt !== undefined && startedAt !== null && !isNaN(startedAt.getTime())
            readonly property bool ended: completedAt !== undefined && completedAt !== null && !isNaN(completedAt.getTime())
            readonly property real x0: started ? (startedAt.getTime() - timeline.t0) / timeline.span * timeline.plotWidth : 0
            readonly property real x1: !started ? 0 : ((ended ? completedAt.getTime() : timeline.now) - timeline.t0) / timeline.span * timeline.plotWidth
            width: laneList.contentWidth
            height: 24
            Component.onCompleted: if (started && !ended) timeline.running = true

            Rectangle {
                anchors.fill: parent
                color: lane.ListView.isCurrentItem ? Qt.rgba(0.9, 0.22, 0.21, 0.14) : (lane.index % 2 ? colors.palette.alternateBase : colors.palette.base)
                border.color: lane.ListView.isCurrentItem ? lane.categoryColor : "transparent"
            }
            Label {
                x: 6
                width: timeline.labelWidth - 12
                anchors.verticalCenter: parent.verticalCenter
                text: lane.name
                elide: Text.ElideMiddle
                color: lane.started ? colors.palette.text : Qt.tint(colors.palette.text, "#80808080")
            }
            Rectangle {
                objectName: "bar"
                visible: lane.started
                x: timeline.labelWidth + lane.x0
                width: Math.max(3, lane.x1 - lane.x0)
                y: 4
                height: parent.height - 8
                radius: 3
                color: lane.categoryColor
            }
            Label {
                visible: !lane.started
                x: timeline.labelWidth + 6
                anchors.verticalCenter: parent.verticalCenter
                text: lane.status
                color: Qt.tint(colors.palette.text, "#80808080")
                font.pixelSize: 12
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered
            ToolTip.delay: 600
            ToolTip.text: lane.started
                ? qsTr("%1 · %2\n%3 → %4").arg(lane.name).arg(lane.status).arg(Format.dateTime(lane.startedAt))
                      .arg(lane.ended ? Format.dateTime(lane.completedAt) : qsTr("running")) + (lane.errorLine.length > 0 ? "\n" + lane.errorLine : "")
                : qsTr("%1 · %2 (never started)").arg(lane.name).arg(lane.status)
        }
        Label {
            anchors.centerIn: parent
            visible: laneList.count === 0
            color: Qt.tint(colors.palette.text, "#80808080")
            text: qsTr("No tasks yet.")
        }
    }
}

import QtQuick
import QtQuick.Controls
import Cloacina

//! One task of a run (delegate of a TaskListModel): name, status, attempts, duration, error.
ItemDelegate {
    id: row
    required property int index
    required property string name
    required property string fullName
    required property string status
    required property string categoryColor
    required property int attempt
    required property int maxAttempts
    required property var startedAt
    required property var duration
    required property string errorLine

    width: ListView.view ? ListView.view.width : implicitWidth
    height: 30
    padding: 0
    ToolTip.visible: hovered
    ToolTip.text: fullName
    ToolTip.delay: 800

    background: Rectangle {
        color: row.status === "Failed" ? Qt.rgba(0.9, 0.22, 0.21, 0.14) : (row.index % 2 ? row.palette.alternateBase : row.palette.base)
    }

    leftPadding: 8
    rightPadding: 8

    contentItem: Item {
        Label {
            id: name
            width: 160
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            text: row.name
            font.bold: true
            elide: Text.ElideRight
        }
        Badge {
            id: badge
            anchors.left: name.right
            anchors.leftMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            text: row.status
            tint: row.categoryColor
        }
        Label {
            id: attempts
            width: 90
            anchors.left: parent.left
            anchors.leftMargin: 160 + 10 + 96
            anchors.verticalCenter: parent.verticalCenter
            text: row.maxAttempts > 0 ? qsTr("attempt %1/%2").arg(row.attempt).arg(row.maxAttempts) : ""
            color: row.attempt > 1 ? "#ef6c00" : Qt.tint(row.palette.text, "#80808080")
            font.pixelSize: 12
        }
        Label {
            id: took
            objectName: "taskDuration"
            width: 80
            anchors.left: attempts.right
            anchors.leftMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            // Only a task that runs is "running"; one that waits says so; skipped ones say nothing
            // more than their badge.
            text: {
                const d = Format.duration(row.duration)
                if (d.length > 0)
                    return d
                switch (Format.statusCategory(row.status)) {
                case "started":
                case "retry":
                    return qsTr("running")
                case "progress":
                    return qsTr("not started")
                default:
                    return ""
                }
            }
            color: Qt.tint(row.palette.text, "#80808080")
            font.pixelSize: 12
        }
        Label {
            anchors.left: took.right
            anchors.leftMargin: 10
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            text: row.errorLine
            color: "#e53935"
            font.pixelSize: 12
            elide: Text.ElideRight
        }
    }
}

import QtQuick
import QtQuick.Controls
import Cloacina

//! One execution event (delegate of a RunEventModel or RunEventFilterModel): time, a dot in
//! the category colour, the readable label (the raw type, marked, for unknown types), the
//! task, a one-line summary of the event data and where the event came from.
ItemDelegate {
    id: row
    required property int index
    required property string timeText
    required property string eventType
    required property string label
    required property string category
    required property string categoryColor
    required property bool knownType
    required property string taskName
    required property string summary
    required property string source
    required property bool isFailure

    width: ListView.view ? ListView.view.width : implicitWidth
    height: 28
    padding: 0
    ToolTip.visible: hovered && summary.length > 40
    ToolTip.text: summary
    ToolTip.delay: 600

    background: Rectangle {
        color: row.isFailure ? Qt.rgba(0.9, 0.22, 0.21, 0.14) : (row.index % 2 ? row.palette.alternateBase : row.palette.base)
    }

    leftPadding: 8
    rightPadding: 8

    contentItem: Item {
        Label {
            id: time
            width: 92
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            text: row.timeText
            font.family: "monospace"
            font.pixelSize: 12
            color: Qt.tint(row.palette.text, "#80808080")
        }
        Rectangle {
            id: dot
            width: 10; height: 10; radius: 5
            anchors.left: time.right
            anchors.leftMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            color: row.categoryColor
        }
        Label {
            id: label
            objectName: "eventLabel"
            width: 190
            anchors.left: dot.right
            anchors.leftMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            text: row.knownType ? row.label : row.eventType + qsTr(" (unknown type)")
            font.bold: row.isFailure
            font.italic: !row.knownType
            color: row.isFailure ? "#e53935" : row.categoryColor
            elide: Text.ElideRight
        }
        Label {
            id: task
            width: 130
            anchors.left: label.right
            anchors.leftMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            text: row.taskName
            elide: Text.ElideRight
            color: row.palette.text
        }
        Label {
            anchors.left: task.right
            anchors.leftMargin: 10
            anchors.right: source.left
            anchors.rightMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            text: row.summary
            elide: Text.ElideRight
            color: row.isFailure ? "#e53935" : row.palette.text
            font.pixelSize: 12
        }
        Label {
            id: source
            width: 50
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            text: row.source
            color: row.source === "live" ? "#43a047" : Qt.tint(row.palette.text, "#80808080")
            font.pixelSize: 11
            horizontalAlignment: Text.AlignRight
        }
    }
}

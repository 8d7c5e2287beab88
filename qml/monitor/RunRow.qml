import QtQuick
import QtQuick.Controls
import Cloacina

//! One execution of the failed-runs list (delegate of an ExecutionListModel).
ItemDelegate {
    id: row
    required property int index
    required property string executionId
    required property string workflow
    required property string status
    required property string statusColor
    required property var startedAt
    required property var duration
    required property string failingTask
    required property string firstErrorLine
    required property string tenant
    required property bool isNew
    //! Shows the tenant (when runs of several tenants are listed).
    property bool showTenant: false
    //! True for the run shown in the run view.
    property bool current: false
    //! True for the list's current row (keyboard selection).
    property bool selected: false
    //! Changes every half minute so that relative times ("3 min ago") move on.
    property int tick: 0
    ToolTip.visible: hovered
    ToolTip.delay: 800
    ToolTip.text: qsTr("Started %1").arg(Format.dateTime(row.startedAt))
    //! False hides the row (the list's search does not match it).
    property bool matchesSearch: true

    visible: matchesSearch

    width: ListView.view ? ListView.view.width : implicitWidth
    height: matchesSearch ? 64 : 0
    padding: 0
    highlighted: current

    background: Rectangle {
        color: row.current ? Qt.rgba(0.12, 0.53, 0.9, 0.18) : row.isNew ? Qt.rgba(1.0, 0.76, 0.03, 0.16) : row.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.08) : (row.index % 2 ? row.palette.alternateBase : row.palette.base)
        border.color: row.selected ? "#1e88e5" : "transparent"
        border.width: row.selected ? 2 : 0
        Rectangle {
            width: 4
            height: parent.height
            color: row.statusColor
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: row.palette.midlight
        }
    }

    leftPadding: 12
    rightPadding: 8
    topPadding: 6
    bottomPadding: 6

    contentItem: Item {
        Label {
            id: title
            anchors.left: parent.left
            anchors.right: badges.left
            anchors.rightMargin: 6
            anchors.top: parent.top
            text: row.workflow
            font.bold: true
            elide: Text.ElideRight
        }
        Row {
            id: badges
            anchors.right: parent.right
            anchors.verticalCenter: title.verticalCenter
            spacing: 6
            Badge {
                objectName: "newBadge"
                text: row.isNew ? qsTr("NEW") : ""
                tint: "#f9a825"
            }
            Badge {
                text: row.status
                tint: row.statusColor
            }
        }
        Label {
            id: info
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: title.bottom
            anchors.topMargin: 2
            elide: Text.ElideRight
            color: Qt.tint(row.palette.text, "#80808080")
            font.pixelSize: 12
            text: {
                let parts = [Format.relativeTime(row.startedAt) + (row.tick >= 0 ? "" : "")]
                const d = Format.duration(row.duration)
                parts.push(d.length > 0 ? d : qsTr("running"))
                if (row.failingTask.length > 0)
                    parts.push(qsTr("task %1").arg(row.failingTask))
                if (row.showTenant)
                    parts.push(row.tenant)
                return parts.join("  ·  ")
            }
        }
        Label {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: info.bottom
            anchors.topMargin: 2
            visible: text.length > 0
            text: row.firstErrorLine
            elide: Text.ElideRight
            color: "#e53935"
            font.pixelSize: 12
        }
    }
}

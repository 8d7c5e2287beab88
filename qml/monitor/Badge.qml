import QtQuick
import QtQuick.Controls

//! A small rounded label: a status, a feeding source, "NEW".
Rectangle {
    id: badge
    //! The text shown.
    property string text
    //! The fill colour; the text is white.
    property color tint: "#757575"
    //! Shows a pulsing dot before the text (for "live").
    property bool pulsing: false

    implicitWidth: row.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: tint
    visible: text.length > 0

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 4
        Rectangle {
            visible: badge.pulsing
            width: 6; height: 6; radius: 3
            anchors.verticalCenter: parent.verticalCenter
            color: "white"
            SequentialAnimation on opacity {
                running: badge.pulsing
                loops: Animation.Infinite
                NumberAnimation { to: 0.2; duration: 600 }
                NumberAnimation { to: 1.0; duration: 600 }
            }
        }
        Label {
            id: label
            text: badge.text
            color: "white"
            font.pixelSize: 11
            font.bold: true
        }
    }
}

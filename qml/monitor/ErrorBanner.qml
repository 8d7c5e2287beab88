import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! Shows one Cloacina error: what failed, its message, HTTP status, server code and request id
//! (selectable, so it can be pasted into a ticket). Hidden while `active` is false.
Rectangle {
    id: banner
    //! The `error` value to show (a Cloacina `error`).
    property var error: Format.noError
    //! Shows the banner.
    property bool active: false
    //! What was being done ("Loading runs failed").
    property string title
    //! Offers a close button that sets active to false.
    property bool closable: false
    //! Error banners are red; info banners (isError false) are blue and show only `title`.
    property bool isError: true

    visible: active
    implicitHeight: active ? content.implicitHeight + 16 : 0
    color: isError ? "#fdecea" : "#e3f2fd"
    border.color: isError ? "#e57373" : "#64b5f6"
    radius: 4

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8
        Label {
            text: banner.isError ? "⚠" : "ℹ"
            color: banner.isError ? "#c62828" : "#1565c0"
            font.pixelSize: 18
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "bannerTitle"
                text: banner.title
                visible: text.length > 0
                font.bold: true
                color: banner.isError ? "#b71c1c" : "#0d47a1"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "bannerMessage"
                visible: banner.isError
                text: banner.error.message.length > 0 ? banner.error.message : qsTr("%1 error").arg(Format.errorKind(banner.error))
                color: "#3e2723"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // One line when it fits the box, else one item per line: a long code or request id
            // never runs out of the box. (A Flow here polishes its layout in a loop.)
            GridLayout {
                id: meta
                visible: banner.isError
                Layout.fillWidth: true
                readonly property real oneLineWidth: statusLabel.implicitWidth + codeField.implicitWidth
                    + requestField.implicitWidth + operationLabel.implicitWidth + 3 * columnSpacing
                columns: oneLineWidth <= banner.width - 60 ? 4 : 1
                columnSpacing: 12
                rowSpacing: 2
                Label {
                    id: statusLabel
                    objectName: "bannerStatus"
                    text: banner.error.httpStatus > 0 ? qsTr("HTTP %1").arg(banner.error.httpStatus) : Format.errorKind(banner.error)
                    color: "#5d4037"
                    font.pixelSize: 12
                }
                TextInput {
                    id: codeField
                    objectName: "bannerCode"
                    visible: banner.error.code.length > 0
                    text: qsTr("code %1").arg(banner.error.code)
                    readOnly: true
                    selectByMouse: true
                    color: "#5d4037"
                    font.pixelSize: 12
                    font.family: "monospace"
                }
                TextInput {
                    id: requestField
                    objectName: "bannerRequestId"
                    visible: banner.error.requestId.length > 0
                    text: qsTr("request %1").arg(banner.error.requestId)
                    readOnly: true
                    selectByMouse: true
                    color: "#5d4037"
                    font.pixelSize: 12
                    font.family: "monospace"
                }
                Label {
                    id: operationLabel
                    visible: banner.error.operationId.length > 0
                    text: qsTr("in %1").arg(banner.error.operationId)
                    color: "#8d6e63"
                    font.pixelSize: 12
                }
            }
        }
        ToolButton {
            visible: banner.closable
            text: "✕"
            Layout.alignment: Qt.AlignTop
            onClicked: banner.active = false
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! Confirms a re-run (execute_workflow). Says plainly that the original run's context is not
//! replayed; an optional context can be typed as JSON and is validated as you type.
Dialog {
    id: dialog
    //! Workflow to start.
    property string workflow
    //! The run being re-run (shown for reference).
    property string originalId
    //! Emitted on OK with the context JSON text ("" for none).
    signal confirmed(string contextJson)

    readonly property string contextText: useContext.checked ? editor.text : ""
    readonly property string problem: Format.validateJson(contextText)

    title: qsTr("Re-run workflow")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    width: Math.min(parent ? parent.width - 40 : 560, 560)
    anchors.centerIn: parent

    onAboutToShow: {
        useContext.checked = false
        editor.text = "{\n}"
        const ok = standardButton(Dialog.Ok)
        if (ok) {
            ok.text = qsTr("Start new run")
            ok.objectName = "rerunOk"
            ok.enabled = Qt.binding(() => dialog.problem.length === 0)
        }
    }
    onAccepted: dialog.confirmed(contextText)

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            objectName: "rerunText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.StyledText
            text: qsTr("Start a new run of <b>%1</b>?").arg(dialog.workflow)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#555555"
            text: qsTr("The new run gets its own execution id. The context of the original run (%1) is not replayed: the workflow starts with the context below, or with none.").arg(dialog.originalId)
        }
        CheckBox {
            id: useContext
            objectName: "useContext"
            text: qsTr("Send a context (JSON)")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            enabled: useContext.checked
            TextArea {
                id: editor
                objectName: "contextEditor"
                font.family: "monospace"
                selectByMouse: true
            }
        }
        Label {
            objectName: "contextProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.problem
            color: "#c62828"
            wrapMode: Text.Wrap
        }
    }
}

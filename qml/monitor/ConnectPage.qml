import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! Where to connect: server URL + tenant + API key (typed, or taken from a cloacinactl
//! profile) or a local username/password login. The key is handed to the client and the field
//! is cleared once connected; nothing is written to disk.
Pane {
    id: page
    required property Client client
    //! True while a connect (or login) call runs.
    readonly property bool busy: pending !== null
    property PendingCall pending: null
    //! Emitted once the server answered and accepted the key.
    signal connected()

    //! Connects with what the client already holds (command line, profile) or the fields.
    function connectNow() {
        errorBanner.active = false
        if (urlField.text.length > 0)
            page.client.url = urlField.text
        page.client.tenant = tenantField.text.length > 0 ? tenantField.text : "public"
        if (authTabs.currentIndex === 1) {
            page.pending = page.client.login(userField.text, passwordField.text, page.client.tenant)
            page.pending.finished.connect((ok, value, error) => {
                passwordField.text = ""
                if (ok)
                    page.checkServer()
                else
                    page.fail(qsTr("Login failed"), error)
            })
            return
        }
        if (keyField.text.length > 0)
            page.client.apiKey = keyField.text
        page.checkServer()
    }

    //! Enter in any field: connect, as the Connect button would.
    function submit() {
        if (!page.busy && urlField.text.length > 0)
            page.connectNow()
    }

    function checkServer() {
        page.pending = page.client.connectToServer()
        page.pending.finished.connect((ok, value, error) => {
            page.pending = null
            if (!ok) {
                const reason = page.problemText(page.client.session.problem)
                page.fail(reason.length > 0 ? qsTr("Could not connect to %1 — %2").arg(page.client.url).arg(reason)
                                            : qsTr("Could not connect to %1").arg(page.client.url), error)
                return
            }
            keyField.text = ""
            page.connected()
        })
    }

    //! What to correct after a failed check (the Widgets Connect dialog's classification).
    function problemText(problem) {
        switch (problem) {
        case ServerSession.KeyMissing: return qsTr("the server needs an API key")
        case ServerSession.KeyRefused: return qsTr("the server refused this API key")
        case ServerSession.TenantForbidden: return qsTr("this key may not use tenant %1").arg(page.client.tenant)
        case ServerSession.ServerError: return qsTr("the server answered with an error")
        case ServerSession.Unreachable: return qsTr("no answer from the server")
        default: return ""
        }
    }

    function fail(title, error) {
        page.pending = null
        errorBanner.title = title
        errorBanner.error = error
        errorBanner.active = true
    }

    //! Fills the fields from the client (after a profile or a command line).
    function syncFromClient() {
        urlField.text = String(page.client.url)
        tenantField.text = page.client.tenant
    }

    Component.onCompleted: syncFromClient()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 520)
        spacing: 12

        Label {
            text: qsTr("Connect to cloacina-server")
            font.pixelSize: 22
            font.bold: true
        }
        Label {
            text: qsTr("Watch failed runs and follow a run's events live.")
            color: Qt.tint(page.palette.text, "#80808080")
        }

        GroupBox {
            Layout.fillWidth: true
            GridLayout {
                anchors.fill: parent
                columns: 2
                columnSpacing: 10
                rowSpacing: 8

                Label {
                    text: qsTr("Profile")
                    visible: profileBox.visible
                }
                ComboBox {
                    id: profileBox
                    objectName: "profileBox"
                    visible: page.client.profileNames.length > 0
                    Layout.fillWidth: true
                    model: {
                        let names = [qsTr("(none)")]
                        for (const n of page.client.profileNames)
                            names.push(n)
                        return names
                    }
                    onActivated: (i) => {
                        if (i === 0)
                            return
                        if (page.client.applyProfile(page.client.profileNames[i - 1])) {
                            page.syncFromClient()
                            keyField.text = ""
                            keyField.placeholderText = qsTr("(key from profile %1)").arg(page.client.profile)
                        }
                    }
                }
                Label {
                    Layout.columnSpan: 2
                    visible: page.client.profileError.length > 0 || page.client.profilesError.length > 0
                    text: page.client.profileError.length > 0 ? page.client.profileError : page.client.profilesError
                    color: "#c62828"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Label { text: qsTr("Server URL") }
                TextField {
                    id: urlField
                    objectName: "urlField"
                    Layout.fillWidth: true
                    placeholderText: "https://cloacina.example.com"
                    selectByMouse: true
                    onAccepted: page.submit()
                }
                Label { text: qsTr("Tenant") }
                TextField {
                    id: tenantField
                    objectName: "tenantField"
                    Layout.fillWidth: true
                    placeholderText: "public"
                    selectByMouse: true
                    onAccepted: page.submit()
                }
            }
        }

        TabBar {
            id: authTabs
            objectName: "authTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("API key") }
            TabButton { text: qsTr("Username && password") }
        }
        StackLayout {
            currentIndex: authTabs.currentIndex
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            ColumnLayout {
                TextField {
                    id: keyField
                    objectName: "keyField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: page.client.hasApiKey ? qsTr("(key already set)") : qsTr("API key")
                    onAccepted: page.submit()
                }
                Label {
                    text: qsTr("The key is kept in memory for this session only.")
                    color: Qt.tint(page.palette.text, "#80808080")
                    font.pixelSize: 12
                }
            }
            GridLayout {
                columns: 2
                Label { text: qsTr("Username") }
                TextField { id: userField; objectName: "userField"; Layout.fillWidth: true; onAccepted: page.submit() }
                Label { text: qsTr("Password") }
                TextField {
                    id: passwordField
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    onAccepted: page.submit()
                }
            }
        }

        ErrorBanner {
            id: errorBanner
            objectName: "connectError"
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            BusyIndicator {
                running: page.busy
                visible: page.busy
                implicitWidth: 28
                implicitHeight: 28
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                visible: page.busy
                onClicked: if (page.pending) page.pending.cancel()
            }
            Button {
                objectName: "connectButton"
                text: authTabs.currentIndex === 1 ? qsTr("Log in and connect") : qsTr("Connect")
                highlighted: true
                enabled: !page.busy && urlField.text.length > 0
                onClicked: page.connectNow()
            }
        }
    }
}

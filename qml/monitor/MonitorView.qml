import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! The whole QML monitor inside one item: a top bar (server, tenant, connection state, server
//! version), the connect page until connected, then the failed-runs list beside the run view.
Page {
    id: view
    //! The client to use (main.cpp passes one already configured by --demo/--server/--profile).
    required property Client client
    //! Connect at once with what the client holds.
    property bool autoConnect: false
    //! Open the first listed run once the list has loaded.
    property bool openFirst: false
    //! Initial status filter ("" = any status).
    property string initialStatus: "Failed"
    //! Runs on an in-process simulator (shown in the top bar).
    property bool demo: false
    //! The page shown once connected: "runs" or "overview".
    property string initialPage: "runs"
    //! True once the server answered and accepted the key.
    property bool connected: false
    //! The server's version did not match the SDK's contract.
    property string versionWarning
    //! Dark colours. Starts as the system's (a dark platform window colour; Qt 6.4 has no
    //! colour-scheme hint); the top bar's toggle switches.
    property bool dark: system.window.hslLightness < 0.5

    SystemPalette { id: system }
    // One palette for every control below. The views use palette roles, not fixed greys;
    // secondary text is the text colour tinted halfway to grey (Qt.tint(text, "#80808080")).
    palette.window: dark ? "#2b2d30" : system.window
    palette.windowText: dark ? "#e6e6e6" : system.windowText
    palette.base: dark ? "#1e1f22" : system.base
    palette.alternateBase: dark ? "#26282b" : system.alternateBase
    palette.text: dark ? "#e6e6e6" : system.text
    palette.button: dark ? "#35373a" : system.button
    palette.buttonText: dark ? "#e6e6e6" : system.buttonText
    palette.mid: dark ? "#505255" : system.mid
    palette.midlight: dark ? "#3a3c3f" : system.midlight
    palette.light: dark ? "#45474a" : system.light
    palette.dark: dark ? "#18191b" : system.dark
    palette.highlight: dark ? "#2f65ca" : system.highlight
    palette.highlightedText: dark ? "#ffffff" : system.highlightedText

    //! The models (tests).
    readonly property alias runs: runsModel
    readonly property alias follower: runFollower
    readonly property alias connectPage: connectPage
    readonly property alias runsPage: runsPage
    readonly property alias runPage: runPage
    readonly property alias overviewPage: overviewPage
    readonly property alias graphsPage: graphsPage
    readonly property alias pageTabs: pageTabs

    function disconnectFromServer() {
        // Nothing of this server stays on screen: not its run nor its version warning.
        runFollower.close()
        view.versionWarning = ""
        view.connected = false
    }

    Connections {
        target: view.client
        function onVersionMismatch(server, contract) {
            view.versionWarning = qsTr("server %1 ≠ contract %2").arg(server).arg(contract)
        }
        function onConnectionStateChanged() {
            if (view.client.connectionStateText === "unauthorized" && view.connected)
                unauthorizedBanner.active = true
        }
    }

    ExecutionListModel {
        id: runsModel
        client: view.connected ? view.client : null
        statusFilter: view.initialStatus.length > 0 ? [view.initialStatus] : []
        autoRefreshInterval: 10000
        newHighlightMs: 120000
    }

    RunFollower {
        id: runFollower
        client: view.client
    }

    header: ToolBar {
        background: Rectangle { color: "#263238" }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 6
            spacing: 10
            Label {
                text: qsTr("Cloacina Monitor")
                color: "white"
                font.bold: true
                font.pixelSize: 15
            }
            Badge {
                text: view.demo ? qsTr("DEMO") : ""
                tint: "#8e24aa"
            }
            // The pages once connected, in the order of the stack below (after the connect page).
            TabBar {
                id: pageTabs
                objectName: "pageTabs"
                visible: view.connected
                currentIndex: Math.max(0, ["runs", "overview", "graphs"].indexOf(view.initialPage))
                background: null
                TabButton { text: qsTr("Runs"); width: implicitWidth + 20 }
                TabButton { objectName: "overviewTab"; text: qsTr("Overview"); width: implicitWidth + 20 }
                TabButton { objectName: "graphsTab"; text: qsTr("Graphs"); width: implicitWidth + 20 }
            }
            Label {
                objectName: "serverLabel"
                text: String(view.client.url).length > 0
                      ? qsTr("%1  ·  tenant %2").arg(String(view.client.url)).arg(view.client.tenant) : ""
                color: "#cfd8dc"
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                objectName: "versionLabel"
                // Only while connected: after a switch the old server's version is no news.
                visible: view.connected && view.client.serverVersion.length > 0
                text: view.versionWarning.length > 0 ? "⚠ " + view.versionWarning : qsTr("server %1").arg(view.client.serverVersion)
                color: view.versionWarning.length > 0 ? "#ffb74d" : "#b0bec5"
            }
            Badge {
                objectName: "connectionBadge"
                // The state's key picks the colour; the badge shows it translated.
                text: ({ connected: qsTr("connected"), unreachable: qsTr("unreachable"), unauthorized: qsTr("unauthorized") })[view.client.connectionStateText] ?? qsTr("unknown")
                tint: ({ connected: "#2e7d32", unreachable: "#c62828", unauthorized: "#ef6c00" })[view.client.connectionStateText] ?? "#757575"
            }
            ToolButton {
                objectName: "themeToggle"
                checkable: true
                checked: view.dark
                text: view.dark ? qsTr("☀ Light") : qsTr("☾ Dark")
                palette.buttonText: "white"
                onToggled: view.dark = checked
            }
            ToolButton {
                objectName: "disconnectButton"
                visible: view.connected
                text: qsTr("Disconnect")
                palette.buttonText: "white"
                onClicked: view.disconnectFromServer()
            }
        }
    }

    ErrorBanner {
        id: unauthorizedBanner
        objectName: "unauthorizedBanner"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: active ? 6 : 0
        z: 2
        closable: true
        error: view.client.lastError
        title: qsTr("The server no longer accepts the key")
    }

    StackLayout {
        anchors.fill: parent
        anchors.topMargin: unauthorizedBanner.active ? unauthorizedBanner.height + 12 : 0
        currentIndex: view.connected ? 1 + pageTabs.currentIndex : 0

        ConnectPage {
            id: connectPage
            client: view.client
            onConnected: view.connected = true
            Component.onCompleted: if (view.autoConnect) Qt.callLater(connectPage.connectNow)
        }

        SplitView {
            orientation: Qt.Horizontal
            FailedRunsPage {
                id: runsPage
                model: runsModel
                client: view.client
                openFirst: view.openFirst
                currentExecutionId: runFollower.executionId
                SplitView.preferredWidth: Math.max(480, view.width * 0.42)
                SplitView.minimumWidth: 440
                onRunActivated: (executionId, tenant, workflow) => runFollower.open(executionId, tenant, workflow)
            }
            RunPage {
                id: runPage
                follower: runFollower
                client: view.client
                SplitView.fillWidth: true
                SplitView.minimumWidth: 400
                // Follow the new run at once; the list shows it with its refresh.
                onRerunStarted: (executionId) => {
                    runFollower.open(executionId, runFollower.tenant, runFollower.workflowName)
                    runsModel.refresh()
                }
            }
        }

        OverviewPage {
            id: overviewPage
            client: view.connected ? view.client : null
            // A run tile opens the runs page with its status filter.
            onRunsRequested: (statuses) => {
                runsModel.statusFilter = statuses
                pageTabs.currentIndex = 0
            }
        }

        GraphsPage {
            id: graphsPage
            client: view.connected ? view.client : null
        }
    }
}

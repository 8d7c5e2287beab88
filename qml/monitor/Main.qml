import QtQuick
import QtQuick.Controls
import Cloacina

//! The window of cloacina-monitor-qml. main.cpp sets every property as an initial property.
ApplicationWindow {
    id: window
    //! The configured client (owned by main.cpp).
    required property Client client
    property bool autoConnect: false
    property bool demo: false
    property bool openFirst: false
    property string initialStatus: "Failed"
    property string initialPage: "overview"

    width: 1280
    height: 800
    visible: true
    title: monitor.connected ? qsTr("Cloacina Monitor — %1").arg(String(client.url)) : qsTr("Cloacina Monitor")

    MonitorView {
        id: monitor
        anchors.fill: parent
        client: window.client
        autoConnect: window.autoConnect
        demo: window.demo
        openFirst: window.openFirst
        initialStatus: window.initialStatus
        initialPage: window.initialPage
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloacina

//! The failed-runs list: status filter, auto-refresh interval with the last refresh time, an
//! error banner and the runs (new failures highlighted). Activating a row emits runActivated.
Pane {
    id: page
    //! The runs to show.
    required property ExecutionListModel model
    //! The client (for the admin-only "all tenants" switch).
    property Client client
    //! The execution shown in the run view (highlighted).
    property string currentExecutionId
    //! Opens the first row as soon as the list has rows (screenshots, --open-first).
    property bool openFirst: false
    //! The ListView (tests).
    readonly property alias list: runList

    //! Search text: a part of the execution id, workflow, failing task or error text.
    property alias searchText: searchField.text

    //! A row was clicked (or opened by openFirst).
    signal runActivated(string executionId, string tenant, string workflow)

    padding: 0
    clip: true

    //! Opens the next (\a direction 1) or previous (-1) failed run after the current row, as J/K
    //! do in the Widgets monitor; false at the end of the list.
    function openNextFailure(direction) {
        const from = runList.currentIndex < 0 ? (direction > 0 ? -1 : runList.count) : runList.currentIndex
        const row = page.model.nextFailure(from, direction)
        if (row < 0) {
            if (direction > 0 && page.model.hasMore)
                page.model.loadMore()
            return false
        }
        return page.openRow(row)
    }

    function openRow(row) {
        if (row < 0 || row >= runList.count)
            return false
        runList.positionViewAtIndex(row, ListView.Contain)
        const item = runList.itemAtIndex(row)
        if (!item)
            return false
        runList.currentIndex = row
        page.model.acknowledge(item.executionId)
        page.runActivated(item.executionId, item.tenant, item.workflow)
        return true
    }

    readonly property var statusChoices: [
        { text: qsTr("Failed"), value: ["Failed"] },
        { text: qsTr("Any status"), value: [] },
        { text: qsTr("Running"), value: ["Running"] },
        { text: qsTr("Pending"), value: ["Pending"] },
        { text: qsTr("Completed"), value: ["Completed"] },
        { text: qsTr("Cancelled"), value: ["Cancelled"] },
        { text: qsTr("Paused"), value: ["Paused"] }
    ]
    readonly property var intervalChoices: [
        { text: qsTr("Off"), value: 0 },
        { text: qsTr("5 s"), value: 5000 },
        { text: qsTr("10 s"), value: 10000 },
        { text: qsTr("30 s"), value: 30000 },
        { text: qsTr("1 min"), value: 60000 }
    ]

    //! Selects the status choice whose filter is \a statuses.
    function selectStatus(statuses) {
        for (let i = 0; i < statusChoices.length; ++i) {
            if (JSON.stringify(statusChoices[i].value) === JSON.stringify(statuses)) {
                statusBox.currentIndex = i
                return
            }
        }
    }

    Component.onCompleted: {
        selectStatus(page.model.statusFilter)
        for (let i = 0; i < intervalChoices.length; ++i)
            if (intervalChoices[i].value === page.model.autoRefreshInterval)
                intervalBox.currentIndex = i
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            padding: 8
            background: Rectangle { color: page.palette.window; border.color: page.palette.mid }
            ColumnLayout {
                anchors.fill: parent
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label { text: qsTr("Status") }
                    ComboBox {
                        id: statusBox
                        objectName: "statusFilter"
                        model: page.statusChoices
                        textRole: "text"
                        implicitContentWidthPolicy: ComboBox.WidestText
                        onActivated: page.model.statusFilter = page.statusChoices[currentIndex].value
                    }
                    Label { text: qsTr("Refresh every") }
                    ComboBox {
                        id: intervalBox
                        objectName: "refreshInterval"
                        model: page.intervalChoices
                        textRole: "text"
                        implicitContentWidthPolicy: ComboBox.WidestText
                        onActivated: page.model.autoRefreshInterval = page.intervalChoices[currentIndex].value
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "refreshButton"
                        text: qsTr("Refresh")
                        onClicked: page.model.refresh()
                    }
                }
                TextField {
                    id: searchField
                    objectName: "runSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search: execution id, workflow, task or error text")
                    selectByMouse: true
                    // Enter with a complete id that is not listed opens that run anyway.
                    onAccepted: {
                        const id = text.trim()
                        if (page.model.isExecutionId(id) && page.model.rowOfId(id) < 0)
                            page.runActivated(id, "", "")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        objectName: "countLabel"
                        // Says what it counts: loaded rows, and whether the server has more.
                        text: {
                            let s = page.model.hasMore ? qsTr("%1 runs loaded, more on the server").arg(page.model.count)
                                  : page.model.count === 1 ? qsTr("1 run") : qsTr("%1 runs").arg(page.model.count)
                            if (page.model.newCount > 0)
                                s += qsTr("  ·  %1 new").arg(page.model.newCount)
                            return s
                        }
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.minimumWidth: 60
                    }
                    CheckBox {
                        objectName: "allTenants"
                        visible: page.client !== null && page.client.isAdmin
                        text: qsTr("All tenants")
                        checked: page.model.allTenants
                        onToggled: page.model.allTenants = checked
                        padding: 0
                    }
                    BusyIndicator {
                        running: page.model.loading
                        implicitWidth: 20
                        implicitHeight: 20
                        padding: 0
                    }
                    Label {
                        objectName: "lastRefreshLabel"
                        color: Qt.tint(page.palette.text, "#80808080")
                        text: isNaN(page.model.lastRefreshed.getTime())
                              ? (page.model.loading ? qsTr("Loading…") : qsTr("Not loaded yet"))
                              : qsTr("Last refresh %1").arg(Format.timeOfDay(page.model.lastRefreshed).substring(0, 8))
                    }
                }
            }
        }

        ErrorBanner {
            objectName: "listError"
            Layout.fillWidth: true
            Layout.margins: active ? 6 : 0
            active: page.model.hasError
            error: page.model.lastError
            title: qsTr("Loading runs failed")
        }

        ListView {
            id: runList
            objectName: "runList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.model
            currentIndex: -1
            focus: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            // Keys as in the Widgets monitor: J/K open the next/previous failed run, the arrows
            // move the selection, Enter opens it.
            Keys.onPressed: (event) => {
                switch (event.key) {
                case Qt.Key_J:
                    page.openNextFailure(1)
                    break
                case Qt.Key_K:
                    page.openNextFailure(-1)
                    break
                case Qt.Key_Down:
                    runList.currentIndex = Math.min(runList.count - 1, runList.currentIndex + 1)
                    runList.positionViewAtIndex(runList.currentIndex, ListView.Contain)
                    break
                case Qt.Key_Up:
                    runList.currentIndex = Math.max(0, runList.currentIndex - 1)
                    runList.positionViewAtIndex(runList.currentIndex, ListView.Contain)
                    break
                case Qt.Key_Return:
                case Qt.Key_Enter:
                    page.openRow(runList.currentIndex)
                    break
                default:
                    return
                }
                event.accepted = true
            }
            ScrollBar.vertical: ScrollBar { }
            Timer {
                id: clock
                property int tick: 0
                interval: 30000
                repeat: true
                running: true
                onTriggered: ++tick
            }
            delegate: RunRow {
                tick: clock.tick
                current: executionId === page.currentExecutionId
                selected: ListView.isCurrentItem
                // Hidden rows take no room; failure details arriving later are searched too.
                matchesSearch: failingTask.length + firstErrorLine.length >= 0 && page.model.matches(index, page.searchText)
                showTenant: page.model.allTenants
                onClicked: {
                    runList.forceActiveFocus()
                    page.openRow(index)
                }
            }
            // Scrolling to the end loads the next page (QML views do not call fetchMore()).
            onAtYEndChanged: if (atYEnd && count > 0 && page.model.hasMore && !page.model.loading) page.model.loadMore()
            footer: Button {
                objectName: "loadMoreButton"
                visible: page.model.hasMore
                height: visible ? implicitHeight : 0
                width: runList.width
                flat: true
                text: page.model.loading ? qsTr("Loading…") : qsTr("Load older runs")
                enabled: !page.model.loading
                onClicked: page.model.loadMore()
            }
            onCountChanged: {
                if (page.openFirst && count > 0) {
                    page.openFirst = false
                    Qt.callLater(page.openRow, 0)
                }
            }

            // Why the list is empty, and what to do about it.
            Label {
                objectName: "emptyState"
                anchors.centerIn: parent
                width: parent.width - 48
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: runList.count === 0
                text: page.model.emptyText
                color: Qt.tint(page.palette.text, "#80808080")
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import Cloacina

//! The workflow's task graph as a layered DAG (columns left to right by dependency depth),
//! each task coloured by its state in this run. Scrolls when larger than the view.
Flickable {
    id: graph
    //! The run whose graph to draw (its `graphNodes`, `graphColumns`, `graphRows`).
    required property RunFollower follower
    //! The node items (tests).
    readonly property alias nodes: nodeRepeater

    readonly property real nodeWidth: 150
    readonly property real nodeHeight: 40
    readonly property real columnGap: 60
    readonly property real rowGap: 16
    readonly property real margin: 16
    readonly property real totalHeight: follower.graphRows * nodeHeight + Math.max(0, follower.graphRows - 1) * rowGap

    // The palette of the enclosing controls (light or dark), for the plain items below.
    Label { id: colors; visible: false }

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    contentWidth: 2 * margin + follower.graphColumns * nodeWidth + Math.max(0, follower.graphColumns - 1) * columnGap
    contentHeight: 2 * margin + totalHeight
    ScrollBar.vertical: ScrollBar { }
    ScrollBar.horizontal: ScrollBar { }

    // Where node \a n sits: its column, centred vertically like the Widgets graph.
    function columnSize(column) {
        let n = 0
        for (const node of follower.graphNodes)
            if (node.column === column)
                ++n
        return n
    }
    function nodeRect(node) {
        const size = columnSize(node.column)
        const columnHeight = size * nodeHeight + Math.max(0, size - 1) * rowGap
        return Qt.rect(margin + node.column * (nodeWidth + columnGap),
                       margin + (totalHeight - columnHeight) / 2 + node.row * (nodeHeight + rowGap), nodeWidth, nodeHeight)
    }

    Canvas {
        id: edges
        width: graph.contentWidth
        height: graph.contentHeight
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = String(colors.palette.mid)
            ctx.lineWidth = 1.5
            const rects = {}
            for (const node of graph.follower.graphNodes)
                rects[node.id] = graph.nodeRect(node)
            for (const node of graph.follower.graphNodes) {
                const to = rects[node.id]
                for (const dep of node.dependencies) {
                    const from = rects[dep]
                    if (!from)
                        continue
                    const x0 = from.x + from.width, y0 = from.y + from.height / 2
                    const x1 = to.x, y1 = to.y + to.height / 2
                    ctx.beginPath()
                    ctx.moveTo(x0, y0)
                    ctx.bezierCurveTo((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, x1, y1)
                    ctx.stroke()
                }
            }
        }
        Connections {
            target: graph.follower
            function onGraphNodesChanged() { edges.requestPaint() }
        }
    }

    Repeater {
        id: nodeRepeater
        model: graph.follower.graphNodes
        delegate: Rectangle {
            required property var modelData
            readonly property rect box: graph.nodeRect(modelData)
            objectName: "graphNode"
            x: box.x
            y: box.y
            width: box.width
            height: box.height
            radius: 6
            color: Qt.lighter(modelData.color, 1.7)
            border.color: modelData.color
            border.width: modelData.status === "Failed" ? 3 : 1.5
            Label {
                anchors.fill: parent
                anchors.margins: 4
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: modelData.status.length > 0 ? modelData.id + "\n" + modelData.status : modelData.id
                elide: Text.ElideMiddle
                font.pixelSize: 12
                color: "#212121" // the node's fill is always a light tint
            }
            HoverHandler { id: nodeHover }
            ToolTip.visible: nodeHover.hovered && modelData.description.length > 0
            ToolTip.text: modelData.description
        }
    }

    Label {
        anchors.centerIn: parent
        visible: graph.follower.graphNodes.length === 0
        color: Qt.tint(colors.palette.text, "#80808080")
        text: graph.follower.workflowName.length > 0 ? qsTr("No task graph for %1 (yet).").arg(graph.follower.workflowName)
                                                     : qsTr("No task graph: the run's workflow is not known.")
    }
}

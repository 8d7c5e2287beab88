#include "recentrunsstrip.h"

#include "colors.h"

#include <cloacinamodels/format.h>

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Cloacina::Monitor {

namespace {
    constexpr int cellWidth = 10;
    constexpr int cellGap = 2;

    QList<RecentRun> runsOf(const QModelIndex& index)
    {
        QList<RecentRun> runs;
        for (const QVariant& v : index.data(WorkflowListModel::RecentRunsRole).toList()) {
            const QVariantMap m = v.toMap();
            runs.append({ m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("status")).toString(),
                m.value(QStringLiteral("startedAt")).toDateTime() });
        }
        return runs;
    }
} // namespace

int RunStripLayout::fitting(const QRect& area, int count)
{
    return qMin(count, qMax(0, (area.width() + cellGap) / (cellWidth + cellGap)));
}

QRect RunStripLayout::cell(const QRect& area, int count, int i)
{
    // Newest at the right edge of the cells, as time flows left to right.
    const int column = count - 1 - i;
    return QRect(area.left() + column * (cellWidth + cellGap), area.top() + 2, cellWidth, qMax(4, area.height() - 4));
}

int RunStripLayout::runAt(const QRect& area, int count, const QPoint& pos)
{
    count = fitting(area, count);
    for (int i = 0; i < count; ++i) {
        if (cell(area, count, i).adjusted(0, 0, cellGap, 0).contains(pos))
            return i;
    }
    return -1;
}

void RunStripLayout::paint(QPainter* painter, const QRect& area, const QList<RecentRun>& runs, const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    // A narrow column shows the newest runs that fit.
    const int count = fitting(area, int(runs.size()));
    for (int i = 0; i < count; ++i) {
        const QRect r = cell(area, count, i);
        painter->setPen(QPen(palette.color(QPalette::Mid), 0.5));
        painter->setBrush(statusColor(runs.at(i).status));
        painter->drawRoundedRect(QRectF(r), 2, 2);
    }
    painter->restore();
}

QString RunStripLayout::describe(const RecentRun& run)
{
    return QStringLiteral("%1 · %2 · %3").arg(run.status, Format::timeOfDay(run.startedAt), run.id);
}

RecentRunsStrip::RecentRunsStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recentRunsStrip"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RecentRunsStrip::setRuns(const QList<RecentRun>& runs)
{
    if (runs == m_runs)
        return;
    m_runs = runs;
    setCursor(m_runs.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

QRect RecentRunsStrip::cellRect(int i) const
{
    return RunStripLayout::cell(rect(), RunStripLayout::fitting(rect(), int(m_runs.size())), i);
}

QSize RecentRunsStrip::sizeHint() const
{
    return { 20 * (cellWidth + cellGap), 22 };
}

QSize RecentRunsStrip::minimumSizeHint() const
{
    return { cellWidth, 22 };
}

void RecentRunsStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (m_runs.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignVCenter | Qt::AlignLeft, tr("No recent runs"));
        return;
    }
    RunStripLayout::paint(&p, rect(), m_runs, palette());
}

void RecentRunsStrip::mouseReleaseEvent(QMouseEvent* event)
{
    const int i = RunStripLayout::runAt(rect(), int(m_runs.size()), event->position().toPoint());
    if (event->button() == Qt::LeftButton && i >= 0)
        Q_EMIT runClicked(m_runs.at(i).id);
}

bool RecentRunsStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = RunStripLayout::runAt(rect(), int(m_runs.size()), help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), RunStripLayout::describe(m_runs.at(i)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RecentRunsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection, "no recent runs"
    RunStripLayout::paint(painter, option.rect.adjusted(4, 0, -4, 0), runsOf(index), option.palette);
}

QSize RecentRunsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 8 + int(runsOf(index).size()) * (cellWidth + cellGap)));
    return size;
}

bool RecentRunsDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
    const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QList<RecentRun> runs = runsOf(index);
        const int i = RunStripLayout::runAt(option.rect.adjusted(4, 0, -4, 0), int(runs.size()), mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && i >= 0) {
            Q_EMIT runClicked(runs.at(i).id);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool RecentRunsDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
    const QModelIndex& index)
{
    const QList<RecentRun> runs = runsOf(index);
    const int i = RunStripLayout::runAt(option.rect.adjusted(4, 0, -4, 0), int(runs.size()), event->pos());
    if (i < 0)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), RunStripLayout::describe(runs.at(i)), view);
    return true;
}

} // namespace Cloacina::Monitor

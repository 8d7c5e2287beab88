#pragma once

#include <cloacinamodels/console/workflowlistmodel.h>

#include <QStyledItemDelegate>
#include <QWidget>

namespace Cloacina::Monitor {

//! The geometry of a strip of run cells (Airflow's grid idea): oldest left, newest right, one
//! cell per run coloured by its status.
struct RunStripLayout {
    //! How many of \a count runs fit in \a area (the newest are shown).
    static int fitting(const QRect& area, int count);
    //! The rectangle of cell \a i (0 = newest) of \a count fitting runs inside \a area.
    static QRect cell(const QRect& area, int count, int i);
    //! The index (0 = newest) of the cell under \a pos, or -1.
    static int runAt(const QRect& area, int count, const QPoint& pos);
    //! Paints \a runs into \a area.
    static void paint(QPainter* painter, const QRect& area, const QList<RecentRun>& runs, const QPalette& palette);
    //! "Failed · 12:01:03 · 3f2a…" for a cell's tooltip.
    static QString describe(const RecentRun& run);
};

//! The recent runs of one workflow as a clickable strip; a click opens that run.
class RecentRunsStrip : public QWidget {
    Q_OBJECT
public:
    explicit RecentRunsStrip(QWidget* parent = nullptr);
    void setRuns(const QList<RecentRun>& runs);
    const QList<RecentRun>& runs() const { return m_runs; }
    //! Where cell \a i (0 = newest) is drawn (tests click there).
    QRect cellRect(int i) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void runClicked(const QString& executionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<RecentRun> m_runs;
};

//! Paints the list's "Last runs" column as a strip; a click on a cell emits runClicked().
class RecentRunsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

Q_SIGNALS:
    void runClicked(const QString& executionId);
};

} // namespace Cloacina::Monitor

#include "listpane.h"

#include "paneheader.h"

#include "errorbanner.h"

#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/format.h>

#include <QAbstractProxyModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

ListPane::ListPane(const QString& title, RefreshableListModel* model, QAbstractItemModel* view, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(view ? view : model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_header = new PaneHeader(title, model, this);
    layout->addWidget(m_header);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("listTable"));
    m_table->setModel(m_view);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty = createEmptyState(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_stack);
    layout->addWidget(m_split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT currentRowChanged(currentSourceRow()); });
    connect(m_table, &QTableView::activated, this, [this] { Q_EMIT rowActivated(currentSourceRow()); });
    for (auto signal : { &RefreshableListModel::loadingChanged, &RefreshableListModel::lastErrorChanged,
             &RefreshableListModel::lastRefreshedChanged, &RefreshableListModel::emptyTextChanged,
             &RefreshableListModel::countChanged })
        connect(model, signal, this, &ListPane::updateStates);
    // A filter proxy can hide every row of a non-empty list.
    connect(m_view, &QAbstractItemModel::rowsInserted, this, &ListPane::updateStates);
    connect(m_view, &QAbstractItemModel::rowsRemoved, this, &ListPane::updateStates);
    connect(m_view, &QAbstractItemModel::modelReset, this, &ListPane::updateStates);
    connect(m_view, &QAbstractItemModel::layoutChanged, this, &ListPane::updateStates);
    updateStates();
}

void ListPane::setDetail(QWidget* detail, bool below)
{
    m_split->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
    m_split->addWidget(detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
}

QHBoxLayout* ListPane::actions() const
{
    return m_header->actions();
}

QLabel* ListPane::errorBanner() const
{
    return m_header->errorBanner();
}

int ListPane::currentSourceRow() const
{
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return -1;
    for (auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model()); proxy;
         proxy = qobject_cast<const QAbstractProxyModel*>(index.model()))
        index = proxy->mapToSource(index);
    return index.row();
}

void ListPane::selectSourceRow(int row)
{
    QModelIndex index = m_model->index(row, 0);
    // Map up through the proxy chain to the model the table shows.
    QList<const QAbstractProxyModel*> chain;
    for (auto* proxy = qobject_cast<const QAbstractProxyModel*>(m_view); proxy;
         proxy = qobject_cast<const QAbstractProxyModel*>(proxy->sourceModel()))
        chain.prepend(proxy);
    for (const QAbstractProxyModel* proxy : chain)
        index = proxy->mapFromSource(index);
    m_table->setCurrentIndex(index);
}

void ListPane::updateStates()
{
    const bool empty = m_view->rowCount() == 0;
    QString text = m_model->emptyText();
    if (empty && text.isEmpty())
        text = tr("No row matches the filter.");
    m_empty->setText(text);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
}

} // namespace Cloacina::Monitor

#include "listpane.h"

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

    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    header->addWidget(heading);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("listStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_status, 1);
    m_actions = new QHBoxLayout;
    header->addLayout(m_actions);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh this list (F5)"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, model, &RefreshableListModel::refresh);
    header->addWidget(m_refresh);
    layout->addLayout(header);

    m_error = createErrorBanner(QStringLiteral("listError"), this);
    layout->addWidget(m_error);

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
    QStringList status;
    if (m_model->isLoading())
        status << tr("loading…");
    if (m_model->lastRefreshed().isValid())
        status << tr("updated %1").arg(Format::timeOfDay(m_model->lastRefreshed()));
    m_status->setText(status.join(QStringLiteral(" · ")));

    if (m_model->hasError()) {
        m_error->setText(tr("Could not refresh: %1. Rows shown are kept; retrying on the next refresh.")
                             .arg(describeError(m_model->lastError())));
        m_error->setVisible(true);
    } else {
        m_error->setVisible(false);
    }

    const bool empty = m_view->rowCount() == 0;
    QString text = m_model->emptyText();
    if (empty && text.isEmpty())
        text = tr("No row matches the filter.");
    m_empty->setText(text);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
}

} // namespace Cloacina::Monitor

#include "triggerdetailpane.h"

#include "errorbanner.h"

#include <cloacinamodels/console/triggerinspector.h>
#include <cloacinamodels/console/triggerlistmodel.h>
#include <cloacinamodels/format.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
    {
        auto* table = new QTableWidget(0, int(headers.size()), parent);
        table->setObjectName(objectName);
        table->setHorizontalHeaderLabels(headers);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
        return table;
    }

    QTableWidgetItem* cell(const QString& text, const QString& tip = {})
    {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tip.isEmpty() ? text : tip);
        return item;
    }

    QString timeText(const std::optional<Nullable<QString>>& when)
    {
        const QDateTime t = Format::parseTimestamp(when && !when->isNull() ? QString(when->value()) : QString());
        return Format::dateTime(t);
    }

    QLabel* heading(const QString& text, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    }
} // namespace

TriggerDetailPane::TriggerDetailPane(TriggerInspector* inspector, QWidget* parent)
    : QWidget(parent)
    , m_inspector(inspector)
{
    setObjectName(QStringLiteral("triggerDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title = heading(QString(), this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(QStringLiteral("scheduleText"));
    m_schedule->setWordWrap(true);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_schedule);
    m_error = createErrorBanner(QStringLiteral("triggerDetailError"), this);
    layout->addWidget(m_error);

    layout->addWidget(heading(tr("Recent fires (double click opens the run)"), this));
    m_fires = makeTable(QStringLiteral("recentFires"), { tr("Started"), tr("Completed"), tr("Execution") }, this);
    layout->addWidget(m_fires, 1);

    m_instancesTitle = heading(QString(), this);
    layout->addWidget(m_instancesTitle);
    m_instances = makeTable(QStringLiteral("instances"),
        { tr("Instance"), tr("Cron"), tr("Time zone"), tr("Next run"), tr("State") }, this);
    layout->addWidget(m_instances, 1);
    auto* buttons = new QHBoxLayout;
    m_newInstance = new QPushButton(tr("New instance…"), this);
    m_newInstance->setObjectName(QStringLiteral("newInstanceButton"));
    m_deleteInstance = new QPushButton(tr("Delete instance…"), this);
    m_deleteInstance->setObjectName(QStringLiteral("deleteInstanceButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_newInstance);
    buttons->addWidget(m_deleteInstance);
    layout->addLayout(buttons);

    connect(m_fires, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem* item = m_fires->item(row, 2))
            Q_EMIT runActivated(item->text());
    });
    connect(inspector, &TriggerInspector::targetChanged, this, &TriggerDetailPane::showDetail);
    connect(inspector, &TriggerInspector::detailChanged, this, &TriggerDetailPane::showDetail);
    connect(inspector, &TriggerInspector::instancesChanged, this, &TriggerDetailPane::showInstances);
    showDetail();
    showInstances();
}

void TriggerDetailPane::setRow(const TriggerRow& row)
{
    if (row.id.isEmpty()) {
        m_schedule->clear();
        return;
    }
    QString text = row.kind == QLatin1String("cron") ? tr("Cron %1").arg(row.scheduleText())
                                                     : tr("Polled %1").arg(row.scheduleText());
    text += QStringLiteral(" · ")
        + (row.paused ? tr("paused") : tr("next fire %1").arg(Format::dateTime(row.nextRunAt).isEmpty() ? tr("not scheduled") : Format::dateTime(row.nextRunAt)));
    text += QStringLiteral(" · ")
        + (row.lastRunAt.isValid() ? tr("last fire %1").arg(Format::relativeTime(row.lastRunAt)) : tr("never fired"));
    m_schedule->setText(text);
}

void TriggerDetailPane::showDetail()
{
    const TriggerInspector* t = m_inspector;
    if (t->name().isEmpty()) {
        m_title->setText(tr("Select a schedule to see its fires and instances."));
        m_schedule->clear();
    } else {
        m_title->setText(tr("%1 — starts %2").arg(t->name(), t->workflowName()));
    }
    m_error->setVisible(t->detailError().isError());
    if (t->detailError().isError())
        m_error->setText(tr("Could not load the schedule: %1").arg(describeError(t->detailError())));
    m_instancesTitle->setText(t->workflowName().isEmpty() ? tr("Instances") : tr("Instances of %1").arg(t->workflowName()));
    const QList<TriggerExecution> fires = t->hasDetail() ? t->detail().recentExecutions : QList<TriggerExecution>();
    if (fires == m_shownFires && m_fires->rowCount() == fires.size())
        return; // an auto-refresh keeps the selection and scroll
    m_shownFires = fires;
    m_fires->setRowCount(int(fires.size()));
    for (int i = 0; i < fires.size(); ++i) {
        const TriggerExecution& e = fires.at(i);
        const QString started = Format::dateTime(Format::parseTimestamp(e.startedAt));
        const QString scheduled = timeText(e.scheduledTime);
        m_fires->setItem(i, 0, cell(started, scheduled.isEmpty() ? started : tr("%1 (scheduled for %2)").arg(started, scheduled)));
        m_fires->setItem(i, 1, cell(timeText(e.completedAt)));
        m_fires->setItem(i, 2, cell(e.id));
    }
    m_fires->resizeColumnsToContents();
}

void TriggerDetailPane::showInstances()
{
    const QList<WorkflowInstanceSummary>& list = m_inspector->instances();
    if (list == m_shownInstances && m_instances->rowCount() == list.size())
        return; // an auto-refresh keeps the selected instance
    m_shownInstances = list;
    m_instances->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const WorkflowInstanceSummary& s = list.at(i);
        m_instances->setItem(i, 0, cell(s.instanceName));
        m_instances->setItem(i, 1, cell(s.cronExpression && !s.cronExpression->isNull() ? QString(s.cronExpression->value()) : QString()));
        m_instances->setItem(i, 2, cell(s.timezone && !s.timezone->isNull() ? QString(s.timezone->value()) : QString()));
        m_instances->setItem(i, 3, cell(timeText(s.nextRunAt)));
        m_instances->setItem(i, 4, cell(s.paused.value_or(false) ? tr("paused") : s.enabled ? tr("enabled")
                                                                                            : tr("disabled")));
    }
    m_instances->resizeColumnsToContents();
}

QString TriggerDetailPane::selectedInstance() const
{
    const int row = m_instances->currentRow();
    QTableWidgetItem* item = row >= 0 ? m_instances->item(row, 0) : nullptr;
    return item ? item->text() : QString();
}

} // namespace Cloacina::Monitor

#include <cloacinamodels/console/reactorfirelistmodel.h>

#include "graphfields_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cloacina {

namespace {
    QString inputsText(const ReactorFire& f)
    {
        if (!f.inputs || f.inputs->isEmpty())
            return {};
        QJsonObject o;
        for (auto it = f.inputs->cbegin(); it != f.inputs->cend(); ++it)
            o.insert(it.key(), it.value());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    //! Fires carry no id: the time with the duration tells two fires apart.
    QString keyOf(const ReactorFire& f)
    {
        return f.firedAt + QLatin1Char('/') + QString::number(f.durationMs);
    }
} // namespace

ReactorFireListModel::ReactorFireListModel(QObject* parent)
    : ReactorScopedModel(parent)
{
}

int ReactorFireListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReactorFireListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReactorFire& f = m_rows.at(index.row());
    const QDateTime firedAt = Format::parseTimestamp(f.firedAt);
    switch (role) {
    case FiredAtRole:
        return firedAt;
    case OkRole:
        return f.ok;
    case ErrorRole:
        return Detail::textOf(f.error);
    case DurationRole:
        return f.durationMs;
    case ManualRole:
        return f.manual.value_or(false);
    case InputsRole:
        return inputsText(f);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FiredAtColumn:
            return role == Qt::DisplayRole ? Format::dateTime(firedAt) : f.firedAt;
        case ResultColumn:
            return f.ok ? tr("ok") : tr("failed: %1").arg(Detail::textOf(f.error));
        case DurationColumn:
            return Format::duration(f.durationMs);
        case ManualColumn:
            return f.manual.value_or(false) ? tr("manual") : tr("automatic");
        case InputsColumn:
            return inputsText(f);
        }
        break;
    }
    return {};
}

QVariant ReactorFireListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FiredAtColumn:
        return tr("Fired at");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case ManualColumn:
        return tr("Trigger");
    case InputsColumn:
        return tr("Inputs");
    }
    return {};
}

QHash<int, QByteArray> ReactorFireListModel::roleNames() const
{
    return { { FiredAtRole, "firedAt" }, { OkRole, "ok" }, { ErrorRole, "error" },
        { DurationRole, "durationMs" }, { ManualRole, "manual" }, { InputsRole, "inputs" } };
}

void ReactorFireListModel::fetch(quint64 ticket)
{
    if (reactor().isEmpty()) {
        mergeRows(m_rows, {}, keyOf, [](const ReactorFire& a, const ReactorFire& b) { return a == b; });
        finishRefresh(ticket);
        return;
    }
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listReactorFires(reactor()), m_rows, keyOf);
}

QString ReactorFireListModel::emptyMessage() const
{
    return reactor().isEmpty() ? tr("Select a graph to see its reactor's fires.") : tr("This reactor has not fired yet.");
}

} // namespace Cloacina

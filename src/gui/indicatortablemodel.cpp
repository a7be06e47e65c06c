#include "indicatortablemodel.h"

#include "kpilabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace propdesk::gui {

namespace {

bool isMissed(const services::IndicatorFigure& figure)
{
    return figure.value.met.has_value() && !*figure.value.met;
}

bool hasData(const services::IndicatorFigure& figure)
{
    return figure.value.denominator > 0 && figure.value.rate.has_value();
}

const QColor kMissedTint(0xfd, 0xe0, 0xe0);
const QColor kMissedText(0x9b, 0x00, 0x00);
const QColor kNoDataText(0x80, 0x80, 0x80);
const QColor kMetText(0x1b, 0x5e, 0x20);

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

IndicatorTableModel::~IndicatorTableModel() = default;

void IndicatorTableModel::setReport(std::optional<services::IndicatorReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_rows.clear();
    if (m_report) {
        for (const auto& figure : m_report->indicators) {
            m_rows.push_back(&figure);
        }
        // Catalogue order within each group: the service gives the indicators in catalogue order.
        std::stable_partition(m_rows.begin(), m_rows.end(), [](const auto* figure) { return isMissed(*figure); });
    }
    endResetModel();
}

const services::IndicatorFigure& IndicatorTableModel::figure(int row) const
{
    return *m_rows.at(static_cast<std::size_t>(row));
}

int IndicatorTableModel::rowOf(std::string_view key) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row]->definition && m_rows[row]->definition->key == key) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& f = figure(index.row());
    const auto& def = *f.definition;
    const auto& value = f.value;
    const auto column = static_cast<Column>(index.column());
    const bool missed = isMissed(f);
    const bool data = hasData(f);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return def.commitment > 0 ? QString::number(def.commitment) : QString();
        case Name:
            return indicatorName(def);
        case Value:
            return rateText(value.rate, def.unit);
        case Target:
            return targetText(value.target, def.unit);
        case Verdict:
            return verdictText(value);
        case Figures:
            return data || value.numerator > 0 ? QStringLiteral("%1 / %2").arg(value.numerator).arg(value.denominator)
                                               : QStringLiteral("—");
        case Trend:
            return {};
        case Origin:
            return originText(def.origin);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
        case Figures:
            return QStringList{indicatorName(def), tr("Numerator: %1").arg(numeratorText(def)),
                               tr("Denominator: %1").arg(denominatorText(def)), tr("Source: %1").arg(qs(def.source))}
                .join(QLatin1Char('\n'));
        case Value:
            return value.pending > 0 ? tr("Still pending: %1").arg(value.pending) : QVariant();
        case Trend:
            return tr("The last 12 months");
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return missed ? QVariant(QBrush(kMissedTint)) : QVariant();
    case Qt::ForegroundRole:
        if (!data) {
            return QBrush(kNoDataText);
        }
        if (missed && (column == Value || column == Verdict)) {
            return QBrush(kMissedText);
        }
        if (column == Verdict && value.met.value_or(false)) {
            return QBrush(kMetText);
        }
        return missed ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (missed && (column == Value || column == Verdict)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Value || column == Target || column == Figures) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (column == Number || column == Verdict) {
            return QVariant(Qt::AlignCenter);
        }
        return {};
    case KeyRole:
        return qs(def.key);
    case MissedRole:
        return missed;
    case TrendRole: {
        if (column != Trend) {
            return {};
        }
        QVariantList rates;
        for (const auto& rate : f.trend) {
            rates << (rate ? QVariant(rules::inUnit(*rate, def.unit)) : QVariant());
        }
        return rates;
    }
    case TrendTargetRole:
        if (column != Trend || !value.target) {
            return {};
        }
        return rules::inUnit(value.target->value(), def.unit);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("No.");
    case Name:
        return tr("Indicator");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Verdict:
        return tr("Verdict");
    case Figures:
        return tr("Numerator / denominator");
    case Trend:
        return tr("12 months");
    case Origin:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui

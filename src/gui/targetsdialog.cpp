#include "targetsdialog.h"

#include "appsession.h"
#include "errortext.h"
#include "fielderrors.h"
#include "kpilabels.h"
#include "qtconvert.h"
#include "rules/indicators.h"
#include "services/indicatorservice.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace propdesk::gui {

namespace {

constexpr int kNoTarget = -1;

// Ten-thousandths of the ratio per unit shown: 1 % is 100, 1 ‰ is 10, a plain ratio of 1 is 10000.
double e4PerUnit(rules::IndicatorUnit unit)
{
    switch (unit) {
    case rules::IndicatorUnit::Percent:
        return 100.0;
    case rules::IndicatorUnit::PerMille:
        return 10.0;
    case rules::IndicatorUnit::Count:
        return 10000.0;
    }
    return 100.0;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

TargetsDialog::TargetsDialog(AppSession& session, const std::optional<domain::TargetSet>& from,
                             date::year_month effectiveFrom, QWidget* parent)
    : FormDialog(session, parent)
{
    setWindowTitle(tr("New target version"));
    resize(820, 640);

    m_effective = new QDateEdit(this);
    m_effective->setObjectName(QStringLiteral("effectiveEdit"));
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_effective->setCalendarPopup(true);
    m_effective->setDate(firstDayOf(effectiveFrom));
    m_effective->setToolTip(tr("The targets apply from the first day of this month until the next version"));
    m_contract = new QLineEdit(from ? qs(from->contract) : QString(), this);
    m_contract->setObjectName(QStringLiteral("contractEdit"));
    m_contract->setPlaceholderText(tr("e.g. 2026–2027 property service contract"));

    const auto catalogue = rules::indicatorCatalogue();
    m_table = new QTableWidget(static_cast<int>(catalogue.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("targetsTable"));
    // Room for a dozen indicators at a time: the dialog fits its height to its contents.
    m_table->setMinimumHeight(420);
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Indicator"), tr("Comparator"), tr("Target"), tr("Default target")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    for (int row = 0; row < static_cast<int>(catalogue.size()); ++row) {
        const auto& def = catalogue[static_cast<std::size_t>(row)];
        auto* number = cell(def.commitment > 0 ? QString::number(def.commitment) : QString());
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Number, number);
        auto* name = cell(indicatorName(def));
        name->setData(Qt::UserRole, qs(def.key));
        name->setToolTip(tr("%1 ÷ %2").arg(numeratorText(def), denominatorText(def)));
        m_table->setItem(row, Indicator, name);
        m_table->setItem(row, Default, cell(targetText(def.defaultTarget, def.unit)));

        auto* comparator = new QComboBox(m_table);
        comparator->setObjectName(QStringLiteral("comparator_%1").arg(qs(def.key)));
        comparator->addItem(QStringLiteral("≥"), static_cast<int>(domain::Comparator::AtLeast));
        comparator->addItem(QStringLiteral("≤"), static_cast<int>(domain::Comparator::AtMost));
        comparator->addItem(QStringLiteral("<"), static_cast<int>(domain::Comparator::Below));
        comparator->addItem(tr("No target"), kNoTarget);
        m_table->setCellWidget(row, Comparator, comparator);

        auto* value = new QDoubleSpinBox(m_table);
        value->setObjectName(QStringLiteral("target_%1").arg(qs(def.key)));
        value->setAlignment(Qt::AlignRight);
        switch (def.unit) {
        case rules::IndicatorUnit::Percent:
            value->setDecimals(2);
            value->setRange(0.0, 100.0);
            value->setSuffix(QStringLiteral(" %"));
            break;
        case rules::IndicatorUnit::PerMille:
            value->setDecimals(1);
            value->setRange(0.0, 1000.0);
            value->setSuffix(QStringLiteral(" ‰"));
            break;
        case rules::IndicatorUnit::Count:
            value->setDecimals(2);
            value->setRange(0.0, 9999.0);
            break;
        }
        m_table->setCellWidget(row, Value, value);
        connect(comparator, &QComboBox::currentIndexChanged, value,
                [comparator, value] { value->setEnabled(comparator->currentData().toInt() != kNoTarget); });

        std::optional<domain::KpiTarget> initial = def.defaultTarget;
        if (from) {
            const auto it = from->targets.find(def.key);
            initial = it == from->targets.end() ? std::nullopt : it->second;
        }
        setTarget(row, initial);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Indicator, QHeaderView::Stretch);
    m_table->setColumnWidth(Value, std::max(m_table->columnWidth(Value), 110));

    m_targetsError = fieldError({});
    m_targetsError->setObjectName(QStringLiteral("targetsError"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Effective from:"), m_effective);
    form->addRow(QString(), fieldError({"effective_from"}));
    form->addRow(tr("&Contract:"), m_contract);
    form->addRow(QString(), fieldError({"contract"}));
    auto* hint = new QLabel(
        tr("A version that has taken effect is never rewritten: last year's reports keep their targets."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save version"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_targetsError);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
}

int TargetsDialog::rowOf(std::string_view key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Indicator)->data(Qt::UserRole).toString() == qs(key)) {
            return row;
        }
    }
    return -1;
}

QComboBox* TargetsDialog::comparatorCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, Comparator));
}

QDoubleSpinBox* TargetsDialog::valueEdit(int row) const
{
    return qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Value));
}

std::optional<domain::KpiTarget> TargetsDialog::target(int row) const
{
    const int comparator = comparatorCombo(row)->currentData().toInt();
    if (comparator == kNoTarget) {
        return std::nullopt;
    }
    const auto& def = rules::indicatorCatalogue()[static_cast<std::size_t>(row)];
    domain::KpiTarget target;
    target.comparator = static_cast<domain::Comparator>(comparator);
    target.valueE4 = std::llround(valueEdit(row)->value() * e4PerUnit(def.unit));
    return target;
}

void TargetsDialog::setTarget(int row, const std::optional<domain::KpiTarget>& target)
{
    auto* comparator = comparatorCombo(row);
    auto* value = valueEdit(row);
    const auto& def = rules::indicatorCatalogue()[static_cast<std::size_t>(row)];
    if (!target) {
        comparator->setCurrentIndex(comparator->findData(kNoTarget));
        value->setValue(def.defaultTarget ? static_cast<double>(def.defaultTarget->valueE4) / e4PerUnit(def.unit)
                                          : 0.0);
        value->setEnabled(false);
        return;
    }
    comparator->setCurrentIndex(comparator->findData(static_cast<int>(target->comparator)));
    value->setValue(static_cast<double>(target->valueE4) / e4PerUnit(def.unit));
    value->setEnabled(true);
}

void TargetsDialog::accept()
{
    m_errors->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, Indicator)->setBackground(QBrush());
    }
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    rules::KpiTargets targets;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const auto t = target(row)) {
            targets.emplace(utf8(m_table->item(row, Indicator)->data(Qt::UserRole).toString()), *t);
        }
    }
    const QDate day = m_effective->date();
    const domain::Date effective{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())}, date::day{1}};
    auto saved = m_session.workspace().indicators().saveTargets(site->code, effective,
                                                                utf8(m_contract->text().trimmed()), targets);
    if (!saved) {
        const auto& error = saved.error();
        if (error.code != domain::ErrorCode::Conflict && (error.field == "target" || error.field == "key")) {
            // The record names the indicator: its row is marked and the refusal names it.
            const int row = rowOf(error.record);
            if (row >= 0) {
                m_table->item(row, Indicator)->setBackground(QColor(0xfd, 0xdc, 0xdc));
                m_table->scrollToItem(m_table->item(row, Indicator));
            }
            m_errors->show(m_targetsError, tr("%1: %2").arg(indicatorName(error.record), messageText(error.message)));
            return;
        }
        m_errors->show(error);
        return;
    }
    m_result = *saved;
    m_session.notifyCommitmentsChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

#include "inspectiontemplatedialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "errortext.h"
#include "fielderrors.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <string>

namespace propdesk::gui {

namespace {

constexpr std::array kServices{domain::InspectionService::Cleaning, domain::InspectionService::Greening};
constexpr std::array kUnits{domain::WeightUnit::SquareMetre, domain::WeightUnit::Metre, domain::WeightUnit::Count};
constexpr std::array kScopes{domain::SampleScope::Site, domain::SampleScope::GroundZone, domain::SampleScope::Buildings,
                             domain::SampleScope::EachBuilding};

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

QDate fromDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// The column an item's field name points at ("items[2].weight" → weight).
int columnOf(const QString& field)
{
    if (field == QLatin1String("text")) {
        return InspectionTemplateDialog::ItemText;
    }
    if (field == QLatin1String("standard")) {
        return InspectionTemplateDialog::ItemStandard;
    }
    if (field == QLatin1String("service")) {
        return InspectionTemplateDialog::ItemService;
    }
    if (field == QLatin1String("unit")) {
        return InspectionTemplateDialog::ItemUnit;
    }
    if (field == QLatin1String("weight")) {
        return InspectionTemplateDialog::ItemWeight;
    }
    return InspectionTemplateDialog::ItemCode;
}

} // namespace

InspectionTemplateDialog::InspectionTemplateDialog(AppSession& session, const domain::InspectionTemplate& from,
                                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_from(from)
{
    setObjectName(QStringLiteral("inspectionTemplateDialog"));
    setWindowTitle(tr("New version: %1").arg(areaTypeLabel(from.area)));
    resize(900, 680);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_effective = new QDateEdit(this);
    m_effective->setObjectName(QStringLiteral("effectiveEdit"));
    m_effective->setCalendarPopup(true);
    m_active = new QCheckBox(tr("In use (clear it to stop inspecting this area type from that date)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));

    m_items = new QTableWidget(0, 6, this);
    m_items->setObjectName(QStringLiteral("itemTable"));
    m_items->setHorizontalHeaderLabels(
        {tr("Code"), tr("Check item"), tr("Standard"), tr("Service"), tr("Unit"), tr("Weight")});
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 14);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setWordWrap(false);
    m_items->horizontalHeader()->setSectionResizeMode(ItemStandard, QHeaderView::Stretch);
    m_items->horizontalHeaderItem(ItemWeight)
        ->setToolTip(tr("The quantity the item covers in its unit: the rates add the weights of the items that "
                        "met the standard and divide by the weights of the items inspected"));
    m_items->setMinimumHeight(220);
    auto* add = new QPushButton(tr("&Add item"), this);
    add->setObjectName(QStringLiteral("addItemButton"));
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeItemButton"));
    auto* up = new QPushButton(tr("&Up"), this);
    up->setObjectName(QStringLiteral("upItemButton"));
    auto* down = new QPushButton(tr("Do&wn"), this);
    down->setObjectName(QStringLiteral("downItemButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        domain::CheckItem item;
        item.unit = m_items->rowCount() > 0
                        ? static_cast<domain::WeightUnit>(unitBox(m_items->rowCount() - 1)->currentData().toInt())
                        : domain::WeightUnit::SquareMetre;
        addItem(item);
        m_items->setCurrentCell(m_items->rowCount() - 1, ItemCode);
        m_items->editItem(m_items->item(m_items->rowCount() - 1, ItemCode));
    });
    connect(remove, &QPushButton::clicked, this, &InspectionTemplateDialog::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(1); });
    auto* itemButtons = new QVBoxLayout;
    for (auto* button : {add, remove, up, down}) {
        itemButtons->addWidget(button);
    }
    itemButtons->addStretch(1);
    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(m_items, 1);
    itemRow->addLayout(itemButtons);

    // The monthly sample.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeBox"));
    for (const auto scope : kScopes) {
        m_scope->addItem(sampleScopeLabel(scope), static_cast<int>(scope));
    }
    m_buildings = new QSpinBox(this);
    m_buildings->setObjectName(QStringLiteral("buildingsSpin"));
    m_buildings->setRange(0, 99);
    m_buildings->setSpecialValueText(tr("all"));
    m_floors = new QSpinBox(this);
    m_floors->setObjectName(QStringLiteral("floorsSpin"));
    m_floors->setRange(0, 200);
    m_floors->setSpecialValueText(tr("none"));
    // Room for "all" and "none" in either language.
    for (auto* spin : {m_buildings, m_floors}) {
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(spin->specialValueText()) + 48);
    }
    m_officesOnly = new QCheckBox(tr("Office towers only"), this);
    m_officesOnly->setObjectName(QStringLiteral("officesOnlyCheck"));
    m_residentialOnly = new QCheckBox(tr("Residential buildings only"), this);
    m_residentialOnly->setObjectName(QStringLiteral("residentialOnlyCheck"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &InspectionTemplateDialog::updateSampleFields);
    auto* sampleHint = new QLabel(tr("The monthly sampling plan takes the buildings, floors and ground zones in "
                                     "turn, so that each month checks a different part of the site."),
                                  this);
    sampleHint->setWordWrap(true);
    // A wrapped label otherwise settles on a narrow column of a few words per line.
    sampleHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    sampleHint->setMinimumWidth(420);
    sampleHint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_nameError = new QLabel(this);
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_effectiveError = new QLabel(this);
    m_effectiveError->setObjectName(QStringLiteral("effectiveError"));
    m_itemsError = new QLabel(this);
    m_itemsError->setObjectName(QStringLiteral("itemsError"));
    m_sampleError = new QLabel(this);
    m_sampleError->setObjectName(QStringLiteral("sampleError"));
    m_errors = std::make_unique<FieldErrors>(m_formError);
    m_errors->add({"name"}, m_nameError);
    m_errors->add({"effectiveFrom", "effective_from"}, m_effectiveError);
    m_errors->add({"items"}, m_itemsError);
    m_errors->add({"sample"}, m_sampleError);

    auto* sampleBox = new QGroupBox(tr("Monthly sample"), this);
    auto* sampleForm = new QFormLayout(sampleBox);
    sampleForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* counts = new QHBoxLayout;
    auto* buildingsLabel = new QLabel(tr("&Buildings:"), this);
    buildingsLabel->setBuddy(m_buildings);
    auto* floorsLabel = new QLabel(tr("Standard &floors per building:"), this);
    floorsLabel->setBuddy(m_floors);
    counts->addWidget(buildingsLabel);
    counts->addWidget(m_buildings);
    counts->addSpacing(16);
    counts->addWidget(floorsLabel);
    counts->addWidget(m_floors);
    counts->addStretch(1);
    auto* only = new QHBoxLayout;
    only->addWidget(m_officesOnly);
    only->addSpacing(16);
    only->addWidget(m_residentialOnly);
    only->addStretch(1);
    sampleForm->addRow(tr("&Takes:"), m_scope);
    sampleForm->addRow(QString(), counts);
    sampleForm->addRow(QString(), only);
    sampleForm->addRow(QString(), sampleHint);
    sampleForm->addRow(QString(), m_sampleError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Area type:"), new QLabel(areaTypeLabel(from.area), this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Effective from:"), m_effective);
    form->addRow(QString(), m_effectiveError);
    form->addRow(QString(), m_active);

    auto* itemsLabel = new QLabel(tr("Check items, in the order the sheet lists them:"), this);
    itemsLabel->setBuddy(m_items);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InspectionTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InspectionTemplateDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(itemsLabel);
    layout->addLayout(itemRow, 1);
    layout->addWidget(m_itemsError);
    layout->addWidget(sampleBox);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    m_name->setText(qs(from.name));
    for (const auto& item : from.items) {
        addItem(item);
    }
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(from.sample.scope)));
    m_buildings->setValue(from.sample.buildings);
    m_floors->setValue(from.sample.floors);
    m_officesOnly->setChecked(from.sample.officesOnly);
    m_residentialOnly->setChecked(from.sample.residentialOnly);
    m_active->setChecked(from.active);
    // A change takes effect from tomorrow unless told otherwise: today's sheets keep their version.
    const QDate today = fromDate(m_session.zone().localDate(m_session.clock().now()));
    const QDate after = fromDate(from.effectiveFrom);
    m_effective->setDate(from.id.value != 0 && after > today ? after : today.addDays(1));
    updateSampleFields();
    m_items->resizeColumnsToContents();
    m_items->setColumnWidth(ItemText, std::clamp(m_items->columnWidth(ItemText) + 12, 120, 260));
    for (const int column : {ItemCode, ItemService, ItemUnit, ItemWeight}) {
        m_items->setColumnWidth(column, m_items->columnWidth(column) + 12);
    }
}

InspectionTemplateDialog::~InspectionTemplateDialog() = default;

bool InspectionTemplateDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

QComboBox* InspectionTemplateDialog::serviceBox(int row) const
{
    return qobject_cast<QComboBox*>(m_items->cellWidget(row, ItemService));
}

QComboBox* InspectionTemplateDialog::unitBox(int row) const
{
    return qobject_cast<QComboBox*>(m_items->cellWidget(row, ItemUnit));
}

void InspectionTemplateDialog::addItem(const domain::CheckItem& item)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto* service = new QComboBox;
    for (const auto s : kServices) {
        service->addItem(inspectionServiceLabel(s), static_cast<int>(s));
    }
    auto* unit = new QComboBox;
    for (const auto u : kUnits) {
        unit->addItem(weightUnitLabel(u), static_cast<int>(u));
    }
    m_items->setCellWidget(row, ItemService, service);
    m_items->setCellWidget(row, ItemUnit, unit);
    setRow(row, item);
}

void InspectionTemplateDialog::setRow(int row, const domain::CheckItem& item)
{
    m_items->setItem(row, ItemCode, new QTableWidgetItem(qs(item.code)));
    auto* text = new QTableWidgetItem(qs(item.text));
    auto* standard = new QTableWidgetItem(qs(item.standard));
    // The built-in items are stored as the source documents word them; the English interface names them too.
    if (const QString label = checkItemTextLabel(item); label != text->text()) {
        text->setToolTip(label);
    }
    if (const QString label = checkItemStandardLabel(item); label != standard->text()) {
        standard->setToolTip(label);
    }
    m_items->setItem(row, ItemText, text);
    m_items->setItem(row, ItemStandard, standard);
    auto* weight = new QTableWidgetItem;
    weight->setData(Qt::EditRole, static_cast<int>(item.weight));
    weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_items->setItem(row, ItemWeight, weight);
    serviceBox(row)->setCurrentIndex(serviceBox(row)->findData(static_cast<int>(item.service)));
    unitBox(row)->setCurrentIndex(unitBox(row)->findData(static_cast<int>(item.unit)));
}

domain::CheckItem InspectionTemplateDialog::rowItem(int row) const
{
    domain::CheckItem item;
    item.code = utf8(cellText(m_items, row, ItemCode));
    item.text = utf8(cellText(m_items, row, ItemText));
    item.standard = utf8(cellText(m_items, row, ItemStandard));
    item.service = static_cast<domain::InspectionService>(serviceBox(row)->currentData().toInt());
    item.unit = static_cast<domain::WeightUnit>(unitBox(row)->currentData().toInt());
    const auto* weight = m_items->item(row, ItemWeight);
    item.weight = weight ? weight->data(Qt::EditRole).toLongLong() : 0;
    return item;
}

void InspectionTemplateDialog::removeItem()
{
    const int row = m_items->currentRow();
    if (row >= 0) {
        m_items->removeRow(row);
    }
}

void InspectionTemplateDialog::moveItem(int by)
{
    const int row = m_items->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_items->rowCount()) {
        return;
    }
    const auto a = rowItem(row);
    const auto b = rowItem(to);
    setRow(row, b);
    setRow(to, a);
    m_items->setCurrentCell(to, std::max(0, m_items->currentColumn()));
}

void InspectionTemplateDialog::updateSampleFields()
{
    const auto scope = static_cast<domain::SampleScope>(m_scope->currentData().toInt());
    const bool buildings = scope == domain::SampleScope::Buildings;
    const bool perBuilding = buildings || scope == domain::SampleScope::EachBuilding;
    m_buildings->setEnabled(buildings);
    m_floors->setEnabled(perBuilding);
    m_officesOnly->setEnabled(perBuilding);
    m_residentialOnly->setEnabled(perBuilding);
}

domain::InspectionTemplate InspectionTemplateDialog::edited() const
{
    domain::InspectionTemplate tmpl;
    tmpl.site = m_from.site;
    tmpl.area = m_from.area;
    tmpl.name = utf8(m_name->text().trimmed());
    tmpl.effectiveFrom = toDate(m_effective->date());
    m_itemRows.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        auto item = rowItem(row);
        if (item.code.empty() && item.text.empty() && item.standard.empty()) {
            continue; // a row added and left empty
        }
        tmpl.items.push_back(std::move(item));
        m_itemRows.push_back(row);
    }
    tmpl.sample.scope = static_cast<domain::SampleScope>(m_scope->currentData().toInt());
    const bool buildings = tmpl.sample.scope == domain::SampleScope::Buildings;
    const bool perBuilding = buildings || tmpl.sample.scope == domain::SampleScope::EachBuilding;
    tmpl.sample.buildings = buildings ? m_buildings->value() : 0;
    tmpl.sample.floors = perBuilding ? m_floors->value() : 0;
    tmpl.sample.officesOnly = perBuilding && m_officesOnly->isChecked();
    tmpl.sample.residentialOnly = perBuilding && m_residentialOnly->isChecked();
    tmpl.active = m_active->isChecked();
    return tmpl;
}

void InspectionTemplateDialog::showError(const domain::Error& error)
{
    const QString field = qs(error.field);
    if (error.code == domain::ErrorCode::Conflict || error.field.empty()) {
        m_errors->show(error);
        return;
    }
    if (field.startsWith(QLatin1String("items"))) {
        // "items[2].weight": the item's row, numbered as people count.
        static const QRegularExpression part(QStringLiteral(R"(^items\[(\d+)\](?:\.(\w+))?)"));
        QString text = messageText(error.message);
        if (const auto match = part.match(field); match.hasMatch()) {
            const auto index = match.captured(1).toULongLong();
            const int row = index < m_itemRows.size() ? m_itemRows[index] : static_cast<int>(index);
            if (row < m_items->rowCount()) {
                m_items->setCurrentCell(row, columnOf(match.captured(2)));
                m_items->setFocus();
            }
            text = tr("Item %1: %2").arg(row + 1).arg(text);
        }
        m_errors->show(m_itemsError, text);
        return;
    }
    if (field.startsWith(QLatin1String("sample"))) {
        m_errors->show(m_sampleError, messageText(error.message));
        if (field.endsWith(QLatin1String("buildings"))) {
            m_buildings->setFocus();
        } else if (field.endsWith(QLatin1String("floors"))) {
            m_floors->setFocus();
        }
        return;
    }
    m_errors->show(error);
    if (field == QLatin1String("name")) {
        m_name->setFocus();
    }
}

void InspectionTemplateDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    auto tmpl = edited();
    tmpl.site = site->id;
    auto saved = m_session.workspace().inspections().saveTemplate(site->code, std::move(tmpl));
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_result = std::move(*saved);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

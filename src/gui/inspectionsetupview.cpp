#include "inspectionsetupview.h"

#include "appsession.h"
#include "errortext.h"
#include "fielderrors.h"
#include "guilog.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>

namespace propdesk::gui {

namespace {

constexpr std::array kKinds{domain::BuildingKind::Residential, domain::BuildingKind::Office};

QTableWidget* table(const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 14);
    return t;
}

QString cellText(const QTableWidget* t, int row, int column)
{
    const auto* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

int cellNumber(const QTableWidget* t, int row, int column)
{
    const auto* item = t->item(row, column);
    return item ? item->data(Qt::EditRole).toInt() : 0;
}

void setText(QTableWidget* t, int row, int column, const QString& text)
{
    t->setItem(row, column, new QTableWidgetItem(text));
}

void setNumber(QTableWidget* t, int row, int column, long long value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, static_cast<int>(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(row, column, item);
}

// The next free number as a code: "3" after "1" and "2".
QString nextCode(const QTableWidget* t)
{
    int highest = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        bool ok = false;
        const int number = cellText(t, row, 0).toInt(&ok);
        if (ok) {
            highest = std::max(highest, number);
        }
    }
    return QString::number(highest + 1);
}

void fitColumns(QTableWidget* t, int stretch)
{
    t->resizeColumnsToContents();
    for (int column = 0; column < t->columnCount(); ++column) {
        if (column != stretch) {
            t->setColumnWidth(column, t->columnWidth(column) + 16);
        }
    }
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QSpinBox* spin(const char* name, int minimum, int maximum, const QString& suffix = {})
{
    auto* s = new QSpinBox;
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(minimum, maximum);
    s->setSuffix(suffix);
    return s;
}

QPushButton* button(const QString& text, const char* name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

InspectionSetupView::InspectionSetupView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("inspectionSetupView"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("setupSummary"));
    m_summary->setWordWrap(true);

    // Buildings.
    m_buildings = table("setupBuildings", {tr("Code"), tr("Name"), tr("Kind"), tr("First standard floor"),
                                           tr("Last standard floor"), tr("Lifts")});
    m_buildings->setToolTip(tr("In the order the sampling plan takes them. The monthly sample checks standard "
                               "floors between the first and the last; office towers also get the office "
                               "template."));
    auto* addBuildingButton = button(tr("Add building"), "addBuildingButton");
    auto* removeBuildingButton = button(tr("Remove building"), "removeBuildingButton");
    connect(addBuildingButton, &QPushButton::clicked, this, &InspectionSetupView::addBuilding);
    connect(removeBuildingButton, &QPushButton::clicked, this, &InspectionSetupView::removeBuilding);
    m_buildingsError = new QLabel;
    m_buildingsError->setObjectName(QStringLiteral("buildingsError"));
    auto* buildingsBox = new QGroupBox(tr("Buildings"));
    auto* buildingsLayout = new QVBoxLayout(buildingsBox);
    buildingsLayout->addWidget(m_buildings, 1);
    buildingsLayout->addWidget(m_buildingsError);
    auto* buildingButtons = new QHBoxLayout;
    buildingButtons->addWidget(addBuildingButton);
    buildingButtons->addWidget(removeBuildingButton);
    buildingButtons->addStretch();
    buildingsLayout->addLayout(buildingButtons);

    // Ground zones.
    m_zones = table("setupZones", {tr("Code"), tr("Name"), tr("Area (m²)")});
    m_zones->setToolTip(tr("The parts of the ground within the red line; the monthly sample takes a different "
                           "one each month."));
    auto* addZoneButton = button(tr("Add zone"), "addZoneButton");
    auto* removeZoneButton = button(tr("Remove zone"), "removeZoneButton");
    connect(addZoneButton, &QPushButton::clicked, this, &InspectionSetupView::addZone);
    connect(removeZoneButton, &QPushButton::clicked, this, &InspectionSetupView::removeZone);
    m_zonesError = new QLabel;
    m_zonesError->setObjectName(QStringLiteral("zonesError"));
    auto* zonesBox = new QGroupBox(tr("Ground zones"));
    auto* zonesLayout = new QVBoxLayout(zonesBox);
    zonesLayout->addWidget(m_zones, 1);
    zonesLayout->addWidget(m_zonesError);
    auto* zoneButtons = new QHBoxLayout;
    zoneButtons->addWidget(addZoneButton);
    zoneButtons->addWidget(removeZoneButton);
    zoneButtons->addStretch();
    zonesLayout->addLayout(zoneButtons);

    // Limits.
    m_clusterLimit = spin("setupClusterLimit", 1, 99);
    m_clusterLimit->setToolTip(tr("A minor nonconformance that makes this many in the same area and location "
                                  "needs a corrective action report, like a severe one"));
    m_clusterDays = spin("setupClusterDays", 1, 366, tr(" days"));
    m_rectifyDays = spin("setupRectifyDays", 0, 90, tr(" days"));
    m_rectifyDays->setToolTip(tr("Daily-sheet nonconformances are due the same day"));
    m_warningLimit = spin("setupWarningLimit", 1, 12);
    m_warningLimit->setToolTip(tr("Written warnings within a rolling year that give the right to terminate the "
                                  "subcontract"));
    m_limitsError = new QLabel;
    m_limitsError->setObjectName(QStringLiteral("limitsError"));
    auto* clusterRow = new QHBoxLayout;
    clusterRow->addWidget(m_clusterLimit);
    clusterRow->addWidget(new QLabel(tr("minor nonconformances within")));
    clusterRow->addWidget(m_clusterDays);
    clusterRow->addStretch(1);
    auto* limitsBox = new QGroupBox(tr("Limits"));
    auto* limitsForm = new QFormLayout(limitsBox);
    limitsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    limitsForm->addRow(tr("A cluster is:"), clusterRow);
    limitsForm->addRow(tr("Rectification of a monthly-sample finding:"), m_rectifyDays);
    limitsForm->addRow(tr("Written warnings that allow termination:"), m_warningLimit);
    limitsForm->addRow(QString(), m_limitsError);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("setupError"));
    m_errors = std::make_unique<FieldErrors>(m_error);
    m_errors->add({"buildings"}, m_buildingsError);
    m_errors->add({"groundZones"}, m_zonesError);
    m_errors->add({"clusterLimit", "clusterDays", "monthlyRectifyDays", "warningLimit"}, m_limitsError);
    m_save = button(tr("Save set-up"), "setupSave");
    m_revert = button(tr("Revert"), "setupRevert");
    connect(m_save, &QPushButton::clicked, this, &InspectionSetupView::save);
    connect(m_revert, &QPushButton::clicked, this, &InspectionSetupView::revert);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_error, 1);
    actions->addStretch();
    actions->addWidget(m_revert);
    actions->addWidget(m_save);

    m_editButtons = {addBuildingButton, removeBuildingButton, addZoneButton, removeZoneButton};

    auto* form = new QWidget;
    auto* formLayout = new QGridLayout(form);
    formLayout->addWidget(m_summary, 0, 0, 1, 2);
    formLayout->addWidget(buildingsBox, 1, 0);
    formLayout->addWidget(zonesBox, 1, 1);
    formLayout->addWidget(limitsBox, 2, 0, 1, 2);
    formLayout->addLayout(actions, 3, 0, 1, 2);
    formLayout->setRowStretch(1, 1);
    formLayout->setColumnStretch(0, 3);
    formLayout->setColumnStretch(1, 2);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_session, &AppSession::siteChanged, this, &InspectionSetupView::revert);
    connect(&m_session, &AppSession::inspectionsChanged, this, [this] {
        // Another page's write (or the command line's): read it again, unless somebody is editing here.
        if (!m_loading && !isVisible()) {
            revert();
        }
    });
    connect(&m_session, &AppSession::userChanged, this, &InspectionSetupView::updateActions);
    revert();
}

InspectionSetupView::~InspectionSetupView() = default;

QComboBox* InspectionSetupView::kindBox(int row) const
{
    return qobject_cast<QComboBox*>(m_buildings->cellWidget(row, BuildingType));
}

void InspectionSetupView::revert()
{
    m_errors->clear();
    const auto& site = m_session.site();
    domain::InspectionSetup setup = domain::defaultInspectionSetup(site ? site->id : domain::SiteId{});
    if (m_session.isOpen() && site) {
        if (auto found = m_session.workspace().inspections().setup(site->code)) {
            setup = std::move(*found);
        } else {
            m_errors->show(m_error, errorText(found.error()));
        }
    }
    load(setup);
    updateActions();
}

void InspectionSetupView::setBuilding(int row, const domain::Building& building)
{
    setText(m_buildings, row, BuildingCode, qs(building.code));
    setText(m_buildings, row, BuildingName, qs(building.name));
    // A row read again keeps its box: a replaced cell widget is only deleted later, and shows until then.
    auto* kind = kindBox(row);
    if (!kind) {
        kind = new QComboBox;
        for (const auto k : kKinds) {
            kind->addItem(buildingKindLabel(k), static_cast<int>(k));
        }
        m_buildings->setCellWidget(row, BuildingType, kind);
    }
    kind->setCurrentIndex(kind->findData(static_cast<int>(building.kind)));
    setNumber(m_buildings, row, BuildingFirstFloor, building.firstStandardFloor);
    setNumber(m_buildings, row, BuildingLastFloor, building.lastStandardFloor);
    setNumber(m_buildings, row, BuildingLifts, building.lifts);
}

void InspectionSetupView::setZone(int row, const domain::GroundZone& zone)
{
    setText(m_zones, row, ZoneCode, qs(zone.code));
    setText(m_zones, row, ZoneName, qs(zone.name));
    setNumber(m_zones, row, ZoneArea, zone.area);
}

void InspectionSetupView::load(const domain::InspectionSetup& setup)
{
    m_loading = true;
    m_loaded = setup;
    m_buildings->setRowCount(static_cast<int>(setup.buildings.size()));
    for (int row = 0; row < m_buildings->rowCount(); ++row) {
        setBuilding(row, setup.buildings[static_cast<std::size_t>(row)]);
    }
    m_zones->setRowCount(static_cast<int>(setup.groundZones.size()));
    for (int row = 0; row < m_zones->rowCount(); ++row) {
        setZone(row, setup.groundZones[static_cast<std::size_t>(row)]);
    }
    m_clusterLimit->setValue(setup.clusterLimit);
    m_clusterDays->setValue(setup.clusterDays);
    m_rectifyDays->setValue(setup.monthlyRectifyDays);
    m_warningLimit->setValue(setup.warningLimit);
    fitColumns(m_buildings, BuildingName);
    fitColumns(m_zones, ZoneName);

    int floors = 0;
    int offices = 0;
    for (const auto& b : setup.buildings) {
        floors += b.standardFloors();
        offices += b.kind == domain::BuildingKind::Office ? 1 : 0;
    }
    std::int64_t area = 0;
    for (const auto& z : setup.groundZones) {
        area += z.area;
    }
    if (setup.buildings.empty() && setup.groundZones.empty()) {
        m_summary->setText(tr("No buildings or ground zones yet: add them so that the monthly sampling plan can "
                              "take floors and zones in turn."));
    } else {
        m_summary->setText(tr("Buildings: %1 (office towers: %2), standard floors: %3. Ground zones: %4, %5 m² in all.")
                               .arg(setup.buildings.size())
                               .arg(offices)
                               .arg(floors)
                               .arg(setup.groundZones.size())
                               .arg(QLocale().toString(static_cast<qlonglong>(area))));
    }
    m_loading = false;
}

void InspectionSetupView::addBuilding()
{
    const int row = m_buildings->rowCount();
    domain::Building building;
    building.code = utf8(nextCode(m_buildings));
    m_buildings->insertRow(row);
    setBuilding(row, building);
    m_buildings->setCurrentCell(row, BuildingName);
}

void InspectionSetupView::removeBuilding()
{
    if (m_buildings->currentRow() >= 0) {
        m_buildings->removeRow(m_buildings->currentRow());
    }
}

void InspectionSetupView::addZone()
{
    const int row = m_zones->rowCount();
    domain::GroundZone zone;
    zone.code = utf8(nextCode(m_zones));
    m_zones->insertRow(row);
    setZone(row, zone);
    m_zones->setCurrentCell(row, ZoneName);
}

void InspectionSetupView::removeZone()
{
    if (m_zones->currentRow() >= 0) {
        m_zones->removeRow(m_zones->currentRow());
    }
}

domain::InspectionSetup InspectionSetupView::edited() const
{
    domain::InspectionSetup setup = m_loaded;
    setup.buildings.clear();
    for (int row = 0; row < m_buildings->rowCount(); ++row) {
        domain::Building building;
        building.code = utf8(cellText(m_buildings, row, BuildingCode));
        building.name = utf8(cellText(m_buildings, row, BuildingName));
        building.kind = static_cast<domain::BuildingKind>(kindBox(row)->currentData().toInt());
        building.firstStandardFloor = cellNumber(m_buildings, row, BuildingFirstFloor);
        building.lastStandardFloor = cellNumber(m_buildings, row, BuildingLastFloor);
        building.lifts = cellNumber(m_buildings, row, BuildingLifts);
        setup.buildings.push_back(std::move(building));
    }
    setup.groundZones.clear();
    for (int row = 0; row < m_zones->rowCount(); ++row) {
        domain::GroundZone zone;
        zone.code = utf8(cellText(m_zones, row, ZoneCode));
        zone.name = utf8(cellText(m_zones, row, ZoneName));
        zone.area = cellNumber(m_zones, row, ZoneArea);
        setup.groundZones.push_back(std::move(zone));
    }
    setup.clusterLimit = m_clusterLimit->value();
    setup.clusterDays = m_clusterDays->value();
    setup.monthlyRectifyDays = m_rectifyDays->value();
    setup.warningLimit = m_warningLimit->value();
    return setup;
}

bool InspectionSetupView::save()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return false;
    }
    m_loading = true;
    auto saved = m_session.workspace().inspections().saveSetup(site->code, edited());
    m_loading = false;
    if (saved) {
        load(*saved);
        m_session.notifyInspectionsChanged();
        return true;
    }
    logger()->info("inspection set-up not saved: {}", saved.error().describe());
    showError(saved.error());
    return false;
}

void InspectionSetupView::showError(const domain::Error& error)
{
    // "buildings[1].firstStandardFloor": the row, numbered as people count, selected at the cell named.
    static const QRegularExpression part(QStringLiteral(R"(^(buildings|groundZones)\[(\d+)\](?:\.(\w+))?)"));
    const auto match = part.match(qs(error.field));
    if (error.code == domain::ErrorCode::Conflict || !match.hasMatch()) {
        m_errors->show(error);
        return;
    }
    const bool buildings = match.captured(1) == QLatin1String("buildings");
    QTableWidget* t = buildings ? m_buildings : m_zones;
    const int row = match.captured(2).toInt();
    const QString name = match.captured(3);
    int column = 0;
    if (buildings) {
        column = name == QLatin1String("name")                 ? BuildingName
                 : name == QLatin1String("kind")               ? BuildingType
                 : name == QLatin1String("firstStandardFloor") ? BuildingFirstFloor
                 : name == QLatin1String("lastStandardFloor")  ? BuildingLastFloor
                 : name == QLatin1String("lifts")              ? BuildingLifts
                                                               : BuildingCode;
    } else {
        column = name == QLatin1String("name") ? ZoneName : name == QLatin1String("area") ? ZoneArea : ZoneCode;
    }
    if (row < t->rowCount()) {
        t->setCurrentCell(row, column);
        t->setFocus();
    }
    const QString text = buildings ? tr("Building on row %1: %2").arg(row + 1).arg(messageText(error.message))
                                   : tr("Zone on row %1: %2").arg(row + 1).arg(messageText(error.message));
    m_errors->show(buildings ? m_buildingsError : m_zonesError, text);
}

void InspectionSetupView::updateActions()
{
    const bool may =
        m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ManageInspections);
    for (auto* t : {m_buildings, m_zones}) {
        t->setEditTriggers(may ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed
                               : QAbstractItemView::NoEditTriggers);
    }
    for (int row = 0; row < m_buildings->rowCount(); ++row) {
        if (auto* kind = kindBox(row)) {
            kind->setEnabled(may);
        }
    }
    for (auto* b : m_editButtons) {
        b->setEnabled(may);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_clusterLimit, m_clusterDays, m_rectifyDays, m_warningLimit}) {
        w->setEnabled(may);
    }
    m_save->setVisible(may);
    m_revert->setVisible(may);
}

} // namespace propdesk::gui

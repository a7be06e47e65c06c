#include "inspectiontemplatesview.h"

#include "appsession.h"
#include "errortext.h"
#include "inspectionlabels.h"
#include "inspectiontemplatedialog.h"
#include "qtconvert.h"

#include <QDate>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QSplitter>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

QString dayText(domain::Date day)
{
    const QDate qdate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                      static_cast<int>(static_cast<unsigned>(day.day())));
    return QLocale().toString(qdate, QLocale::ShortFormat);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget* table(const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves, but for a stretched column.
void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeader()->sectionResizeMode(column) != QHeaderView::Stretch &&
            (column + 1 < table->columnCount() || !table->horizontalHeader()->stretchLastSection())) {
            table->setColumnWidth(column, std::min(table->columnWidth(column) + 12, 360));
        }
    }
}

QString itemCountText(std::size_t count)
{
    return count == 1 ? InspectionTemplatesView::tr("1 item")
                      : InspectionTemplatesView::tr("%1 items").arg(static_cast<qulonglong>(count));
}

QString itemCodes(const domain::InspectionTemplate& tmpl)
{
    QStringList codes;
    for (const auto& item : tmpl.items) {
        codes << qs(item.code);
    }
    return codes.join(QStringLiteral(", "));
}

} // namespace

QString sampleRuleText(const domain::SampleRule& rule)
{
    using domain::SampleScope;
    QString text;
    switch (rule.scope) {
    case SampleScope::Site:
    case SampleScope::GroundZone:
        return sampleScopeLabel(rule.scope);
    case SampleScope::Buildings:
        text = rule.buildings == 0   ? InspectionTemplatesView::tr("every building")
               : rule.buildings == 1 ? InspectionTemplatesView::tr("1 building in turn")
                                     : InspectionTemplatesView::tr("%1 buildings in turn").arg(rule.buildings);
        if (rule.floors > 0) {
            text = InspectionTemplatesView::tr("%1, %2 standard floors each").arg(text).arg(rule.floors);
        }
        break;
    case SampleScope::EachBuilding:
        text = rule.floors == 0 ? InspectionTemplatesView::tr("every building")
                                : InspectionTemplatesView::tr("%1 standard floors of each building").arg(rule.floors);
        break;
    }
    if (rule.officesOnly) {
        text = InspectionTemplatesView::tr("%1 (office towers only)").arg(text);
    } else if (rule.residentialOnly) {
        text = InspectionTemplatesView::tr("%1 (residential buildings only)").arg(text);
    }
    return text;
}

InspectionTemplatesView::InspectionTemplatesView(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("inspectionTemplatesView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_new = new QPushButton(tr("&New version…"), this);
    m_new->setObjectName(QStringLiteral("newVersionButton"));
    m_new->setToolTip(tr("Edit the selected version and save the result as a new version effective from a date"));

    m_areas = table("templateAreas", {tr("Area type"), tr("Template"), tr("In force since"), tr("Items"),
                                      tr("Monthly sample"), tr("Next change")});
    m_areas->setToolTip(tr("The version of each area type in force today"));
    m_versions = table("templateVersions", {tr("Effective from"), tr("Name"), tr("Items"), tr("Monthly sample"),
                                            tr("In use"), tr("Saved")});
    m_items = table("templateItems", {tr("Code"), tr("Check item"), tr("Standard"), tr("Service"), tr("Weight")});
    // The sample rule and the standard take the room the other columns leave.
    m_areas->horizontalHeader()->setStretchLastSection(false);
    m_areas->horizontalHeader()->setSectionResizeMode(AreaSample, QHeaderView::Stretch);
    m_items->horizontalHeader()->setStretchLastSection(false);
    m_items->horizontalHeader()->setSectionResizeMode(ItemStandard, QHeaderView::Stretch);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_new);

    auto* versionsBox = new QWidget;
    auto* versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* versionsLabel = new QLabel(tr("Versions of the selected area type:"));
    versionsLabel->setBuddy(m_versions);
    versionsLayout->addWidget(versionsLabel);
    versionsLayout->addWidget(m_versions, 1);
    auto* itemsBox = new QWidget;
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto* itemsLabel = new QLabel(tr("Check items of the selected version:"));
    itemsLabel->setBuddy(m_items);
    itemsLayout->addWidget(itemsLabel);
    itemsLayout->addWidget(m_items, 1);

    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(versionsBox);
    lower->addWidget(itemsBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("templatesSplitter"));
    splitter->addWidget(m_areas);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &InspectionTemplatesView::newVersion);
    connect(m_areas, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous) {
            showVersions();
        }
    });
    connect(m_versions, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous) {
            showItems();
        }
    });
    connect(m_versions, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_new->isEnabled()) {
            newVersion();
        }
    });
    connect(&m_session, &AppSession::inspectionsChanged, this, &InspectionTemplatesView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &InspectionTemplatesView::reload);
    connect(&m_session, &AppSession::userChanged, this, &InspectionTemplatesView::updateActions);
    reload();
}

InspectionTemplatesView::~InspectionTemplatesView() = default;

std::optional<domain::AreaType> InspectionTemplatesView::area(int row) const
{
    const auto types = domain::allAreaTypes();
    if (row < 0 || row >= m_areas->rowCount() || row >= static_cast<int>(types.size())) {
        return std::nullopt;
    }
    return types[static_cast<std::size_t>(row)];
}

const domain::InspectionTemplate* InspectionTemplatesView::version(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_shown.size())) {
        return nullptr;
    }
    return &m_shown[static_cast<std::size_t>(row)];
}

void InspectionTemplatesView::selectArea(domain::AreaType type)
{
    const auto types = domain::allAreaTypes();
    const auto it = std::find(types.begin(), types.end(), type);
    if (it != types.end() && m_areas->rowCount() > 0) {
        m_areas->setCurrentCell(static_cast<int>(it - types.begin()), AreaLabel);
    }
}

void InspectionTemplatesView::reload()
{
    const int previousArea = std::max(0, m_areas->currentRow());
    m_all.clear();
    m_areas->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        m_summary->clear();
        showVersions();
        updateActions();
        return;
    }
    auto all = m_session.workspace().inspections().templates(site->code);
    if (!all) {
        m_summary->setText(errorText(all.error()));
        showVersions();
        updateActions();
        return;
    }
    m_all = std::move(*all);
    const auto today = m_session.zone().localDate(m_session.clock().now());
    const auto inForce = domain::templatesInForce(m_all, today);
    int inUse = 0;
    int changes = 0;
    m_areas->blockSignals(true);
    for (const auto type : domain::allAreaTypes()) {
        const int row = m_areas->rowCount();
        m_areas->insertRow(row);
        m_areas->setItem(row, AreaLabel, cell(areaTypeLabel(type)));
        const auto current =
            std::find_if(inForce.begin(), inForce.end(), [&](const auto* t) { return t && t->area == type; });
        if (current != inForce.end()) {
            const auto& tmpl = **current;
            ++inUse;
            m_areas->setItem(row, AreaName, cell(templateNameLabel(tmpl)));
            m_areas->setItem(row, AreaEffective,
                             cell(tmpl.id.value == 0 ? tr("Built-in default") : dayText(tmpl.effectiveFrom)));
            auto* count = cell(itemCountText(tmpl.items.size()));
            count->setToolTip(itemCodes(tmpl));
            m_areas->setItem(row, AreaItems, count);
            m_areas->setItem(row, AreaSample, cell(sampleRuleText(tmpl.sample)));
        } else {
            auto* none = cell(tr("Not inspected"));
            none->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_areas->setItem(row, AreaName, none);
            for (const int column : {AreaEffective, AreaItems, AreaSample}) {
                m_areas->setItem(row, column, cell(QString()));
            }
        }
        // The earliest version saved for a later day.
        const domain::InspectionTemplate* next = nullptr;
        for (const auto& t : m_all) {
            if (t.area == type && t.effectiveFrom > today && (!next || t.effectiveFrom < next->effectiveFrom)) {
                next = &t;
            }
        }
        if (next) {
            ++changes;
            m_areas->setItem(row, AreaNext,
                             cell(next->active ? tr("New version from %1").arg(dayText(next->effectiveFrom))
                                               : tr("Retired from %1").arg(dayText(next->effectiveFrom))));
        } else {
            m_areas->setItem(row, AreaNext, cell(QString()));
        }
    }
    m_areas->blockSignals(false);
    fitColumns(m_areas);
    QString summary =
        tr("%1 of %2 area types inspected today.").arg(inUse).arg(static_cast<int>(domain::allAreaTypes().size()));
    if (changes > 0) {
        summary += QLatin1Char(' ') + (changes == 1 ? tr("1 change to come.") : tr("%1 changes to come.").arg(changes));
    }
    m_summary->setText(summary);
    m_areas->setCurrentCell(std::min(previousArea, m_areas->rowCount() - 1), AreaLabel);
    showVersions();
    updateActions();
}

void InspectionTemplatesView::showVersions()
{
    m_shown.clear();
    m_versions->blockSignals(true);
    m_versions->setRowCount(0);
    const auto type = area(m_areas->currentRow());
    const auto today = m_session.isOpen() ? m_session.zone().localDate(m_session.clock().now()) : domain::Date{};
    int current = -1;
    if (type) {
        for (const auto& t : m_all) {
            if (t.area == *type) {
                m_shown.push_back(t);
            }
        }
        std::sort(m_shown.begin(), m_shown.end(),
                  [](const auto& a, const auto& b) { return a.effectiveFrom < b.effectiveFrom; });
        const auto inForce = domain::templatesInForce(m_shown, today);
        for (const auto& t : m_shown) {
            const int row = m_versions->rowCount();
            m_versions->insertRow(row);
            const bool isCurrent = std::find(inForce.begin(), inForce.end(), &t) != inForce.end();
            QString from = t.id.value == 0 ? tr("Built-in default") : dayText(t.effectiveFrom);
            if (t.effectiveFrom > today) {
                from = tr("%1 (to come)").arg(from);
            } else if (isCurrent) {
                from = tr("%1 (in force)").arg(from);
                current = row;
            }
            auto* fromItem = cell(from);
            if (isCurrent) {
                QFont bold = fromItem->font();
                bold.setBold(true);
                fromItem->setFont(bold);
            }
            m_versions->setItem(row, VersionEffective, fromItem);
            m_versions->setItem(row, VersionName, cell(templateNameLabel(t)));
            auto* count = cell(itemCountText(t.items.size()));
            count->setToolTip(itemCodes(t));
            m_versions->setItem(row, VersionItems, count);
            m_versions->setItem(row, VersionSample, cell(sampleRuleText(t.sample)));
            m_versions->setItem(row, VersionActive, cell(t.active ? tr("Yes") : tr("Retired")));
            m_versions->setItem(
                row, VersionSaved,
                cell(t.id.value == 0 ? QString()
                                     : tr("%1, %2").arg(formatInstant(t.savedAt, m_session.zone()), qs(t.savedBy))));
        }
    }
    m_versions->blockSignals(false);
    fitColumns(m_versions);
    // The version in force, else the latest.
    if (!m_shown.empty()) {
        m_versions->setCurrentCell(current >= 0 ? current : m_versions->rowCount() - 1, VersionEffective);
    }
    showItems();
    updateActions();
}

void InspectionTemplatesView::showItems()
{
    m_items->setRowCount(0);
    const auto* t = version(m_versions->currentRow());
    if (t) {
        for (const auto& item : t->items) {
            const int row = m_items->rowCount();
            m_items->insertRow(row);
            m_items->setItem(row, ItemCode, cell(qs(item.code)));
            auto* text = cell(checkItemTextLabel(item));
            text->setToolTip(text->text());
            m_items->setItem(row, ItemText, text);
            auto* standard = cell(checkItemStandardLabel(item));
            standard->setToolTip(standard->text());
            m_items->setItem(row, ItemStandard, standard);
            m_items->setItem(row, ItemService, cell(inspectionServiceLabel(item.service)));
            auto* weight = cell(weightText(item.weight, item.unit));
            weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_items->setItem(row, ItemWeight, weight);
        }
    }
    m_items->resizeColumnsToContents();
    for (const int column : {ItemCode, ItemService, ItemWeight}) {
        m_items->setColumnWidth(column, m_items->columnWidth(column) + 12);
    }
    m_items->setColumnWidth(ItemText, std::min(m_items->columnWidth(ItemText) + 12, 220));
}

void InspectionTemplatesView::updateActions()
{
    const bool may = m_session.user().can(domain::Permission::ManageInspections);
    m_new->setVisible(may);
    m_new->setEnabled(may && m_session.isOpen() && m_session.site().has_value() &&
                      (version(m_versions->currentRow()) != nullptr));
}

void InspectionTemplatesView::newVersion()
{
    const auto* from = version(m_versions->currentRow());
    if (!from) {
        return;
    }
    InspectionTemplateDialog dialog(m_session, *from, this);
    dialog.exec();
}

} // namespace propdesk::gui

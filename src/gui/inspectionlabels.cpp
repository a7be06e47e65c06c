#include "inspectionlabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <span>
#include <string_view>

namespace propdesk::gui {

// Every switch lists each enumerator without a default, so that a new one fails the build (-Werror=switch)
// instead of showing an empty label. The return after a switch only serves out-of-range casts.

QString areaTypeLabel(domain::AreaType type)
{
    using domain::AreaType;
    switch (type) {
    case AreaType::Ground:
        return QCoreApplication::translate("InspectionLabels", "Ground and green belts");
    case AreaType::Lobby:
        return QCoreApplication::translate("InspectionLabels", "Lobby");
    case AreaType::StandardFloors:
        return QCoreApplication::translate("InspectionLabels", "Standard floors");
    case AreaType::Offices:
        return QCoreApplication::translate("InspectionLabels", "Office floors");
    case AreaType::Drains:
        return QCoreApplication::translate("InspectionLabels", "Drains and wells");
    case AreaType::CarPark:
        return QCoreApplication::translate("InspectionLabels", "Basement car park");
    case AreaType::Roofs:
        return QCoreApplication::translate("InspectionLabels", "Roofs and plant floors");
    case AreaType::StainlessSteel:
        return QCoreApplication::translate("InspectionLabels", "Stainless steel");
    case AreaType::RefusePoints:
        return QCoreApplication::translate("InspectionLabels", "Refuse points");
    }
    return QString::number(static_cast<int>(type));
}

QString inspectionServiceLabel(domain::InspectionService service)
{
    using domain::InspectionService;
    switch (service) {
    case InspectionService::Cleaning:
        return QCoreApplication::translate("InspectionLabels", "Cleaning");
    case InspectionService::Greening:
        return QCoreApplication::translate("InspectionLabels", "Greening");
    }
    return QString::number(static_cast<int>(service));
}

QString weightUnitLabel(domain::WeightUnit unit)
{
    using domain::WeightUnit;
    switch (unit) {
    case WeightUnit::SquareMetre:
        return QStringLiteral("m²");
    case WeightUnit::Metre:
        return QStringLiteral("m");
    case WeightUnit::Count:
        return QCoreApplication::translate("InspectionLabels", "pcs", "weight unit: a count");
    }
    return QString::number(static_cast<int>(unit));
}

QString sampleScopeLabel(domain::SampleScope scope)
{
    using domain::SampleScope;
    switch (scope) {
    case SampleScope::Site:
        return QCoreApplication::translate("InspectionLabels", "Whole site", "sample scope");
    case SampleScope::GroundZone:
        return QCoreApplication::translate("InspectionLabels", "Rotating ground zone", "sample scope");
    case SampleScope::Buildings:
        return QCoreApplication::translate("InspectionLabels", "Sampled buildings", "sample scope");
    case SampleScope::EachBuilding:
        return QCoreApplication::translate("InspectionLabels", "Each building", "sample scope");
    }
    return QString::number(static_cast<int>(scope));
}

QString buildingKindLabel(domain::BuildingKind kind)
{
    using domain::BuildingKind;
    switch (kind) {
    case BuildingKind::Residential:
        return QCoreApplication::translate("InspectionLabels", "Residential");
    case BuildingKind::Office:
        return QCoreApplication::translate("InspectionLabels", "Office tower");
    }
    return QString::number(static_cast<int>(kind));
}

QString sheetKindLabel(domain::SheetKind kind)
{
    using domain::SheetKind;
    switch (kind) {
    case SheetKind::Daily:
        return QCoreApplication::translate("InspectionLabels", "Daily", "sheet kind");
    case SheetKind::Monthly:
        return QCoreApplication::translate("InspectionLabels", "Monthly sample", "sheet kind");
    }
    return QString::number(static_cast<int>(kind));
}

QString sheetStatusLabel(domain::SheetStatus status)
{
    using domain::SheetStatus;
    switch (status) {
    case SheetStatus::Draft:
        return QCoreApplication::translate("InspectionLabels", "Draft", "sheet status");
    case SheetStatus::Signed:
        return QCoreApplication::translate("InspectionLabels", "Signed", "sheet status");
    }
    return QString::number(static_cast<int>(status));
}

QString itemResultLabel(domain::ItemResult result)
{
    using domain::ItemResult;
    switch (result) {
    case ItemResult::Pending:
        return QCoreApplication::translate("InspectionLabels", "Not checked", "item result");
    case ItemResult::Pass:
        return QCoreApplication::translate("InspectionLabels", "Pass", "item result");
    case ItemResult::Fail:
        return QCoreApplication::translate("InspectionLabels", "Fail", "item result");
    case ItemResult::NotApplicable:
        return QCoreApplication::translate("InspectionLabels", "N/A", "item result: not applicable");
    }
    return QString::number(static_cast<int>(result));
}

QString severityLabel(domain::Severity severity)
{
    using domain::Severity;
    switch (severity) {
    case Severity::Minor:
        return QCoreApplication::translate("InspectionLabels", "Minor", "severity");
    case Severity::Severe:
        return QCoreApplication::translate("InspectionLabels", "Severe", "severity");
    }
    return QString::number(static_cast<int>(severity));
}

QString ncStateLabel(domain::NcState state)
{
    using domain::NcState;
    switch (state) {
    case NcState::Open:
        return QCoreApplication::translate("InspectionLabels", "Open", "nonconformance state");
    case NcState::Rectified:
        return QCoreApplication::translate("InspectionLabels", "Rectified", "nonconformance state");
    case NcState::Verified:
        return QCoreApplication::translate("InspectionLabels", "Verified", "nonconformance state");
    case NcState::Closed:
        return QCoreApplication::translate("InspectionLabels", "Closed", "nonconformance state");
    case NcState::Withdrawn:
        return QCoreApplication::translate("InspectionLabels", "Withdrawn", "nonconformance state");
    }
    return QString::number(static_cast<int>(state));
}

QString ncEventLabel(domain::NcEventKind kind)
{
    using domain::NcEventKind;
    switch (kind) {
    case NcEventKind::Raised:
        return QCoreApplication::translate("InspectionLabels", "Raised", "nonconformance event");
    case NcEventKind::Rectified:
        return QCoreApplication::translate("InspectionLabels", "Rectified", "nonconformance event");
    case NcEventKind::VerificationPassed:
        return QCoreApplication::translate("InspectionLabels", "Verification passed", "nonconformance event");
    case NcEventKind::VerificationFailed:
        return QCoreApplication::translate("InspectionLabels", "Verification failed", "nonconformance event");
    case NcEventKind::CorrectiveAction:
        return QCoreApplication::translate("InspectionLabels", "Corrective action report", "nonconformance event");
    case NcEventKind::Closed:
        return QCoreApplication::translate("InspectionLabels", "Closed", "nonconformance event");
    case NcEventKind::Withdrawn:
        return QCoreApplication::translate("InspectionLabels", "Withdrawn", "nonconformance event");
    }
    return QString::number(static_cast<int>(kind));
}

QString contractorServiceLabel(domain::ContractorService service)
{
    using domain::ContractorService;
    switch (service) {
    case ContractorService::Cleaning:
        return QCoreApplication::translate("InspectionLabels", "Cleaning");
    case ContractorService::Greening:
        return QCoreApplication::translate("InspectionLabels", "Greening");
    case ContractorService::PestControl:
        return QCoreApplication::translate("InspectionLabels", "Pest control");
    }
    return QString::number(static_cast<int>(service));
}

QString weightText(std::int64_t weight, domain::WeightUnit unit)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(static_cast<qlonglong>(weight)), weightUnitLabel(unit));
}

QString moneyText(std::int64_t fen)
{
    const bool negative = fen < 0;
    const std::int64_t magnitude = negative ? -fen : fen;
    const QString yuan = QLocale().toString(static_cast<qlonglong>(magnitude / 100));
    const QString cents = QStringLiteral("%1").arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + yuan + QLocale().decimalPoint() + cents;
}

namespace {

// The built-in templates are written in Chinese from the source documents (defaultInspectionTemplates).
// A text equal to one of them is shown through tr(), so the English interface reads English and the
// Chinese one reads the original; any other text (a site's own items) is shown as stored.
struct DefaultText
{
    std::string_view chinese;
    const char* english;
};

// Template names.
constexpr DefaultText kNames[] = {
    {"首层地面及绿化带", QT_TRANSLATE_NOOP("InspectionLabels", "Ground and green belts")},
    {"首层大堂", QT_TRANSLATE_NOOP("InspectionLabels", "Lobby")},
    {"标准层", QT_TRANSLATE_NOOP("InspectionLabels", "Standard floors")},
    {"写字楼标准层", QT_TRANSLATE_NOOP("InspectionLabels", "Office floors")},
    {"下水道、沙井、污水井", QT_TRANSLATE_NOOP("InspectionLabels", "Drains and wells")},
    {"地下停车场", QT_TRANSLATE_NOOP("InspectionLabels", "Basement car park")},
    {"天台、设备层", QT_TRANSLATE_NOOP("InspectionLabels", "Roofs and plant floors")},
    {"不锈钢", QT_TRANSLATE_NOOP("InspectionLabels", "Stainless steel")},
    {"垃圾收集点", QT_TRANSLATE_NOOP("InspectionLabels", "Refuse points")},
};

// Item texts and standards (one table: a text may serve as either).
constexpr DefaultText kTexts[] = {
    {"地面", QT_TRANSLATE_NOOP("InspectionLabels", "Ground surface")},
    {"绿化带", QT_TRANSLATE_NOOP("InspectionLabels", "Green belts")},
    {"植物养护", QT_TRANSLATE_NOOP("InspectionLabels", "Plant care")},
    {"植物造型和修剪", QT_TRANSLATE_NOOP("InspectionLabels", "Shaping and pruning")},
    {"病虫害防治", QT_TRANSLATE_NOOP("InspectionLabels", "Pest and disease control")},
    {"浇水与施肥", QT_TRANSLATE_NOOP("InspectionLabels", "Watering and fertilising")},
    {"大理石地面", QT_TRANSLATE_NOOP("InspectionLabels", "Marble floor")},
    {"墙面", QT_TRANSLATE_NOOP("InspectionLabels", "Walls")},
    {"通道地面砖", QT_TRANSLATE_NOOP("InspectionLabels", "Corridor floor tiles")},
    {"墙面砖", QT_TRANSLATE_NOOP("InspectionLabels", "Wall tiles")},
    {"消防栓", QT_TRANSLATE_NOOP("InspectionLabels", "Fire hydrants")},
    {"防火门", QT_TRANSLATE_NOOP("InspectionLabels", "Fire doors")},
    {"排风口", QT_TRANSLATE_NOOP("InspectionLabels", "Vents")},
    {"后楼梯扶手", QT_TRANSLATE_NOOP("InspectionLabels", "Back-stair handrails")},
    {"垃圾桶摆放处", QT_TRANSLATE_NOOP("InspectionLabels", "Bin points")},
    {"通道公共设施", QT_TRANSLATE_NOOP("InspectionLabels", "Corridor facilities")},
    {"洗手间", QT_TRANSLATE_NOOP("InspectionLabels", "Toilets")},
    {"茶水房", QT_TRANSLATE_NOOP("InspectionLabels", "Pantries")},
    {"下水道", QT_TRANSLATE_NOOP("InspectionLabels", "Drains")},
    {"沙井", QT_TRANSLATE_NOOP("InspectionLabels", "Sand wells")},
    {"污水井", QT_TRANSLATE_NOOP("InspectionLabels", "Sewage wells")},
    {"管线", QT_TRANSLATE_NOOP("InspectionLabels", "Pipes")},
    {"天棚", QT_TRANSLATE_NOOP("InspectionLabels", "Ceiling")},
    {"天台地面", QT_TRANSLATE_NOOP("InspectionLabels", "Roof floor")},
    {"设备层地面", QT_TRANSLATE_NOOP("InspectionLabels", "Plant floor")},
    {"公共设施", QT_TRANSLATE_NOOP("InspectionLabels", "Shared facilities")},
    {"电梯轿厢", QT_TRANSLATE_NOOP("InspectionLabels", "Lift cars")},
    {"电梯外厅门", QT_TRANSLATE_NOOP("InspectionLabels", "Lift landing doors")},
    {"地面警示牌、围栏", QT_TRANSLATE_NOOP("InspectionLabels", "Warning signs and rails")},
    {"垃圾清运", QT_TRANSLATE_NOOP("InspectionLabels", "Refuse removal")},
    {"异味", QT_TRANSLATE_NOOP("InspectionLabels", "Odour")},
    {"清运监督", QT_TRANSLATE_NOOP("InspectionLabels", "Supervised removal")},
    {"保洁时间", QT_TRANSLATE_NOOP("InspectionLabels", "Cleaning time")},
    {"无垃圾、无积水、无污渍、无杂物",
     QT_TRANSLATE_NOOP("InspectionLabels", "No litter, standing water, stains or clutter")},
    {"无垃圾、无杂物、无枯枝落叶",
     QT_TRANSLATE_NOOP("InspectionLabels", "No litter, clutter, dead branches or fallen leaves")},
    {"植物生长良好，无枯死、无缺株", QT_TRANSLATE_NOOP("InspectionLabels", "Plants healthy, none dead or missing")},
    {"造型美观，修剪整齐，无杂草", QT_TRANSLATE_NOOP("InspectionLabels", "Well shaped, neatly pruned, no weeds")},
    {"无明显病虫害", QT_TRANSLATE_NOOP("InspectionLabels", "No visible pests or disease")},
    {"按时浇水施肥，无干旱、无缺肥",
     QT_TRANSLATE_NOOP("InspectionLabels", "Watered and fed on schedule, no drought or hunger")},
    {"洁净光亮、无污渍、无划痕", QT_TRANSLATE_NOOP("InspectionLabels", "Clean and shiny, no stains or scratches")},
    {"洁净、无污渍、无积尘、无乱张贴", QT_TRANSLATE_NOOP("InspectionLabels", "Clean, no stains, dust or flyposting")},
    {"干净、无垃圾、无污渍、无积水",
     QT_TRANSLATE_NOOP("InspectionLabels", "Clean, no litter, stains or standing water")},
    {"干净、无污渍、无乱张贴", QT_TRANSLATE_NOOP("InspectionLabels", "Clean, no stains or flyposting")},
    {"箱体内外干净、无积尘", QT_TRANSLATE_NOOP("InspectionLabels", "Cabinet clean inside and out, no dust")},
    {"门面干净、无积尘、无手印", QT_TRANSLATE_NOOP("InspectionLabels", "Door faces clean, no dust or fingerprints")},
    {"无积尘、无蛛网", QT_TRANSLATE_NOOP("InspectionLabels", "No dust or cobwebs")},
    {"无积尘、无污渍", QT_TRANSLATE_NOOP("InspectionLabels", "No dust or stains")},
    {"摆放整齐，周围无散落垃圾、无异味",
     QT_TRANSLATE_NOOP("InspectionLabels", "Neatly placed, no spilled litter or odour around")},
    {"干净、无积尘、无污渍", QT_TRANSLATE_NOOP("InspectionLabels", "Clean, no dust or stains")},
    {"清洁卫生、无异味、无积水",
     QT_TRANSLATE_NOOP("InspectionLabels", "Clean and hygienic, no odour or standing water")},
    {"清洁卫生、无积水、无异味",
     QT_TRANSLATE_NOOP("InspectionLabels", "Clean and hygienic, no standing water or odour")},
    {"畅通、无堵塞、无积存垃圾",
     QT_TRANSLATE_NOOP("InspectionLabels", "Free-flowing, no blockage or built-up rubbish")},
    {"无淤积、无垃圾、无异味", QT_TRANSLATE_NOOP("InspectionLabels", "No silt, rubbish or odour")},
    {"无淤积、无堵塞、无溢流", QT_TRANSLATE_NOOP("InspectionLabels", "No silt, blockage or overflow")},
    {"无积尘、无蛛网、无污渍", QT_TRANSLATE_NOOP("InspectionLabels", "No dust, cobwebs or stains")},
    {"无垃圾、无油污、无积水", QT_TRANSLATE_NOOP("InspectionLabels", "No litter, oil or standing water")},
    {"无垃圾、无杂物、排水口畅通", QT_TRANSLATE_NOOP("InspectionLabels", "No litter or clutter, outlets clear")},
    {"无垃圾、无积尘、无杂物", QT_TRANSLATE_NOOP("InspectionLabels", "No litter, dust or clutter")},
    {"干净、无积尘", QT_TRANSLATE_NOOP("InspectionLabels", "Clean, no dust")},
    {"光亮、无手印、无污渍", QT_TRANSLATE_NOOP("InspectionLabels", "Shiny, no fingerprints or stains")},
    {"干净、光亮、无积尘", QT_TRANSLATE_NOOP("InspectionLabels", "Clean and shiny, no dust")},
    {"日产日清，无遗留垃圾", QT_TRANSLATE_NOOP("InspectionLabels", "Cleared the same day, none left over")},
    {"收集点及周围无异味", QT_TRANSLATE_NOOP("InspectionLabels", "No odour at or around the point")},
    {"清运过程有地面保洁员监督，清运后地面干净",
     QT_TRANSLATE_NOOP("InspectionLabels", "A ground cleaner watches the removal, the ground is clean after it")},
    {"保洁工作于08:00前完成", QT_TRANSLATE_NOOP("InspectionLabels", "Cleaning finished before 08:00")},
};

QString defaultText(std::span<const DefaultText> table, const std::string& text)
{
    for (const DefaultText& entry : table) {
        if (entry.chinese == text)
            return QCoreApplication::translate("InspectionLabels", entry.english);
    }
    return QString::fromStdString(text);
}

} // namespace

QString templateNameLabel(const domain::InspectionTemplate& tmpl)
{
    return defaultText(kNames, tmpl.name);
}

QString checkItemTextLabel(const domain::CheckItem& item)
{
    return defaultText(kTexts, item.text);
}

QString checkItemStandardLabel(const domain::CheckItem& item)
{
    return defaultText(kTexts, item.standard);
}

QColor itemResultColour(domain::ItemResult result)
{
    using domain::ItemResult;
    switch (result) {
    case ItemResult::Pending:
        return {};
    case ItemResult::Pass:
        return QColor(0xc8, 0xe6, 0xc9);
    case ItemResult::Fail:
        return QColor(0xf8, 0xb4, 0xb4);
    case ItemResult::NotApplicable:
        return QColor(0xe4, 0xe4, 0xe4);
    }
    return {};
}

QColor ncStateColour(domain::NcState state, bool overdue)
{
    using domain::NcState;
    switch (state) {
    case NcState::Open:
        return overdue ? QColor(0xf8, 0xb4, 0xb4) : QColor(0xff, 0xe0, 0x8a);
    case NcState::Rectified:
        return QColor(0xff, 0xe0, 0x8a);
    case NcState::Verified:
    case NcState::Closed:
        return QColor(0xc8, 0xe6, 0xc9);
    case NcState::Withdrawn:
        return QColor(0xe4, 0xe4, 0xe4);
    }
    return {};
}

} // namespace propdesk::gui

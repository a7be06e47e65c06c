#pragma once

// Translated display names of the inspection enumerations and of the default templates. The keys
// ("standard_floors", "not_applicable") are for files and logs; people read these.

#include "domain/inspection.h"

#include <QColor>
#include <QString>

namespace propdesk::gui {

QString areaTypeLabel(domain::AreaType type);                      // 首层地面及绿化带, 大堂, 标准层, …
QString inspectionServiceLabel(domain::InspectionService service); // 清洁, 绿化
QString weightUnitLabel(domain::WeightUnit unit);                  // m², m, 个
QString sampleScopeLabel(domain::SampleScope scope);               // 全项目, 轮换地块, 抽查楼栋, 每栋
QString buildingKindLabel(domain::BuildingKind kind);              // 住宅, 写字楼
QString sheetKindLabel(domain::SheetKind kind);                    // 日检, 月检
QString sheetStatusLabel(domain::SheetStatus status);              // 草稿, 已签核
QString itemResultLabel(domain::ItemResult result);                // 未检, 合格, 不合格, 不适用
QString severityLabel(domain::Severity severity);                  // 轻微, 严重
QString ncStateLabel(domain::NcState state);    // 待整改, 已整改, 已验证, 已关闭, 已撤销
QString ncEventLabel(domain::NcEventKind kind); // 提出, 整改, 验证通过, 验证不通过, …
QString contractorServiceLabel(domain::ContractorService service); // 清洁, 绿化, 消杀
// "80 m²", "5 个"
QString weightText(std::int64_t weight, domain::WeightUnit unit);
// Fen as yuan with two decimals: 123456 → "1,234.56" (locale grouping).
QString moneyText(std::int64_t fen);
// The stored text, except that an item or template name of the built-in defaults (Chinese, from the
// source documents) is shown in English in the English interface; other text is shown as stored.
QString templateNameLabel(const domain::InspectionTemplate& tmpl);
QString checkItemTextLabel(const domain::CheckItem& item);
QString checkItemStandardLabel(const domain::CheckItem& item);
// Green pass, red fail, grey not applicable, none (invalid QColor) pending.
QColor itemResultColour(domain::ItemResult result);
// Red open past deadline, amber open/rectified, green verified/closed, grey withdrawn.
QColor ncStateColour(domain::NcState state, bool overdue);

} // namespace propdesk::gui

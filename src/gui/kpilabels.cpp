#include "kpilabels.h"

#include "qtconvert.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace propdesk::gui {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("KpiLabels", text);
}

QString inLanguage(std::string_view zh, std::string_view en)
{
    return qs(chineseInterface() ? zh : en);
}

// Four decimals at most, without trailing zeros: 98 → "98", 0.5 → "0.5".
QString trimmed(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.')))) {
        text.chop(1);
    }
    return text;
}

const std::array kOutcomes{
    std::pair{"missed", QT_TRANSLATE_NOOP("KpiLabels", "Late")},
    std::pair{"pending", QT_TRANSLATE_NOOP("KpiLabels", "Not done yet")},
    std::pair{"reworked", QT_TRANSLATE_NOOP("KpiLabels", "Reworked")},
    std::pair{"not_completed", QT_TRANSLATE_NOOP("KpiLabels", "Not completed")},
    std::pair{"not_revisited", QT_TRANSLATE_NOOP("KpiLabels", "Not revisited")},
    std::pair{"not_resolved", QT_TRANSLATE_NOOP("KpiLabels", "Not resolved")},
    std::pair{"valid", QT_TRANSLATE_NOOP("KpiLabels", "Valid complaint")},
    std::pair{"late", QT_TRANSLATE_NOOP("KpiLabels", "Late")},
    std::pair{"open", QT_TRANSLATE_NOOP("KpiLabels", "Still open")},
    std::pair{"out_of_order", QT_TRANSLATE_NOOP("KpiLabels", "Out of order")},
    std::pair{"incomplete", QT_TRANSLATE_NOOP("KpiLabels", "Incomplete")},
    std::pair{"not_started", QT_TRANSLATE_NOOP("KpiLabels", "Not started")},
    std::pair{"not_recorded", QT_TRANSLATE_NOOP("KpiLabels", "No handover")},
    std::pair{"unsigned", QT_TRANSLATE_NOOP("KpiLabels", "Not signed")},
    std::pair{"checked", QT_TRANSLATE_NOOP("KpiLabels", "Checked")},
    std::pair{"not_handled", QT_TRANSLATE_NOOP("KpiLabels", "Not handled")},
    std::pair{"security_case", QT_TRANSLATE_NOOP("KpiLabels", "Security case")},
    std::pair{"fail", QT_TRANSLATE_NOOP("KpiLabels", "Failed")},
    std::pair{"not_verified", QT_TRANSLATE_NOOP("KpiLabels", "Not verified")},
    std::pair{"no_sheet", QT_TRANSLATE_NOOP("KpiLabels", "No signed sheet")},
    std::pair{"warning", QT_TRANSLATE_NOOP("KpiLabels", "Written warning")},
    std::pair{"may_terminate", QT_TRANSLATE_NOOP("KpiLabels", "May be terminated")},
    std::pair{"entered", QT_TRANSLATE_NOOP("KpiLabels", "Entered")},
};

} // namespace

bool chineseInterface()
{
    return QLocale().language() == QLocale::Chinese;
}

reports::Language interfaceReportLanguage()
{
    return chineseInterface() ? reports::Language::Chinese : reports::Language::English;
}

QString indicatorName(const rules::IndicatorDefinition& definition)
{
    return inLanguage(definition.nameZh, definition.nameEn);
}

QString indicatorName(std::string_view key)
{
    const auto* definition = rules::findIndicator(key);
    return definition ? indicatorName(*definition) : qs(key);
}

QString numeratorText(const rules::IndicatorDefinition& definition)
{
    return inLanguage(definition.numeratorZh, definition.numeratorEn);
}

QString denominatorText(const rules::IndicatorDefinition& definition)
{
    return inLanguage(definition.denominatorZh, definition.denominatorEn);
}

QString originText(rules::IndicatorOrigin origin)
{
    switch (origin) {
    case rules::IndicatorOrigin::WorkOrders:
        return QCoreApplication::translate("KpiLabels", "Work orders");
    case rules::IndicatorOrigin::Complaints:
        return QCoreApplication::translate("KpiLabels", "Complaints");
    case rules::IndicatorOrigin::Security:
        return QCoreApplication::translate("KpiLabels", "Security");
    case rules::IndicatorOrigin::Inspections:
        return QCoreApplication::translate("KpiLabels", "Inspections");
    case rules::IndicatorOrigin::Manual:
        return QCoreApplication::translate("KpiLabels", "Entered monthly");
    }
    return {};
}

QString periodText(rules::IndicatorPeriod period)
{
    return period == rules::IndicatorPeriod::Month ? QCoreApplication::translate("KpiLabels", "Month")
                                                   : QCoreApplication::translate("KpiLabels", "12 months");
}

QString rateText(std::optional<double> rate, rules::IndicatorUnit unit)
{
    if (!rate) {
        return QStringLiteral("—");
    }
    const QString number = QString::number(rules::inUnit(*rate, unit), 'f', 2);
    const auto symbol = rules::unitSymbol(unit);
    return symbol.empty() ? number : number + QLatin1Char(' ') + qs(symbol);
}

QString targetText(const std::optional<domain::KpiTarget>& target, rules::IndicatorUnit unit)
{
    if (!target) {
        return QStringLiteral("—");
    }
    QString comparator;
    switch (target->comparator) {
    case domain::Comparator::AtLeast:
        comparator = QStringLiteral("≥");
        break;
    case domain::Comparator::AtMost:
        comparator = QStringLiteral("≤");
        break;
    case domain::Comparator::Below:
        comparator = QStringLiteral("<");
        break;
    }
    const auto symbol = rules::unitSymbol(unit);
    QString text = comparator + QLatin1Char(' ') + trimmed(rules::inUnit(target->value(), unit));
    return symbol.empty() ? text : text + QLatin1Char(' ') + qs(symbol);
}

QString verdictText(std::optional<bool> met, bool hasData, bool hasTarget)
{
    if (!hasData) {
        return QCoreApplication::translate("KpiLabels", "No data");
    }
    if (!hasTarget) {
        return QCoreApplication::translate("KpiLabels", "No target");
    }
    if (!met) {
        return QCoreApplication::translate("KpiLabels", "No data");
    }
    return *met ? QCoreApplication::translate("KpiLabels", "Met") : QCoreApplication::translate("KpiLabels", "Missed");
}

QString verdictText(const rules::KpiValue& value)
{
    return verdictText(value.met, value.denominator > 0 && value.rate.has_value(), value.target.has_value());
}

QString outcomeText(std::string_view outcome)
{
    constexpr std::string_view rated = "rated_";
    if (outcome.starts_with(rated)) {
        return QCoreApplication::translate("KpiLabels", "Rated %1").arg(qs(outcome.substr(rated.size())));
    }
    for (const auto& [key, text] : kOutcomes) {
        if (key == outcome) {
            return translated(text);
        }
    }
    return qs(outcome);
}

QString subjectText(rules::KpiSubject subject)
{
    switch (subject) {
    case rules::KpiSubject::WorkOrder:
        return QCoreApplication::translate("KpiLabels", "Work order");
    case rules::KpiSubject::Complaint:
        return QCoreApplication::translate("KpiLabels", "Complaint");
    case rules::KpiSubject::PatrolRound:
        return QCoreApplication::translate("KpiLabels", "Patrol round");
    case rules::KpiSubject::Handover:
        return QCoreApplication::translate("KpiLabels", "Handover");
    case rules::KpiSubject::SpotCheck:
        return QCoreApplication::translate("KpiLabels", "Spot check");
    case rules::KpiSubject::Incident:
        return QCoreApplication::translate("KpiLabels", "Incident");
    case rules::KpiSubject::InspectionLine:
        return QCoreApplication::translate("KpiLabels", "Inspection item");
    case rules::KpiSubject::Nonconformance:
        return QCoreApplication::translate("KpiLabels", "Nonconformance");
    case rules::KpiSubject::InspectionDay:
        return QCoreApplication::translate("KpiLabels", "Day");
    case rules::KpiSubject::Contractor:
        return QCoreApplication::translate("KpiLabels", "Contractor");
    case rules::KpiSubject::ManualFigure:
        return QCoreApplication::translate("KpiLabels", "Entered figure");
    }
    return {};
}

} // namespace propdesk::gui

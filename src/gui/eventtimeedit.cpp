#include "eventtimeedit.h"

#include "qtconvert.h"

#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>
#include <cassert>

namespace propdesk::gui {

namespace {

domain::TimeZone shanghai()
{
    auto zone = domain::TimeZone::find("Asia/Shanghai");
    assert(zone);
    return *zone;
}

} // namespace

EventTimeEdit::EventTimeEdit(QWidget* parent) : QDateTimeEdit(parent), m_zone(shanghai())
{
    // The wall reading is held as if it were UTC, so that the machine's own zone and daylight-saving rules
    // never shift what the user sees or types.
    setTimeSpec(Qt::UTC);
    setCalendarPopup(true);
    connect(this, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_setting) {
            m_edited = true;
        }
    });
}

void EventTimeEdit::setZone(const domain::TimeZone& zone)
{
    m_zone = zone;
}

void EventTimeEdit::setDefault(domain::Instant instant)
{
    show(instant);
    m_edited = false;
}

void EventTimeEdit::setInstant(domain::Instant instant)
{
    show(instant);
    m_edited = true;
}

domain::Result<domain::Instant> EventTimeEdit::instant() const
{
    return fromDateTime(dateTime(), m_zone);
}

domain::Result<std::optional<domain::Instant>> EventTimeEdit::chosen() const
{
    if (!m_edited) {
        return std::optional<domain::Instant>{};
    }
    auto at = instant();
    if (!at) {
        return std::unexpected(at.error());
    }
    return std::optional<domain::Instant>{*at};
}

void EventTimeEdit::show(domain::Instant instant)
{
    const QDateTime local = toDateTime(instant, m_zone);
    m_setting = true;
    setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    m_setting = false;
}

QSize EventTimeEdit::sizeHint() const
{
    QSize size = QDateTimeEdit::sizeHint();
    size.setWidth(std::max(size.width(), fittingWidth()));
    return size;
}

QSize EventTimeEdit::minimumSizeHint() const
{
    QSize size = QDateTimeEdit::minimumSizeHint();
    size.setWidth(std::max(size.width(), fittingWidth()));
    return size;
}

int EventTimeEdit::fittingWidth() const
{
    if (!calendarPopup()) {
        return 0;
    }
    // Qt's own hint leaves a reading such as "2026/12/28 23:58" touching the arrow: it leaves out the margins
    // of the line edit inside the box.
    const QString widest = locale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), displayFormat());
    const QFontMetrics metrics = fontMetrics();
    constexpr int kLineEditMargins = 12;
    const QSize text(metrics.horizontalAdvance(widest) + kLineEditMargins, metrics.height());
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.subControls = QStyle::SC_ComboBoxFrame | QStyle::SC_ComboBoxEditField | QStyle::SC_ComboBoxArrow;
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).width();
}

} // namespace propdesk::gui

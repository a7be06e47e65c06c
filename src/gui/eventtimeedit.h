#pragma once

#include "domain/error.h"
#include "domain/time.h"
#include "domain/timezone.h"

#include <QDateTimeEdit>

#include <optional>

namespace propdesk::gui {

// A date and time on the site's wall clock, whatever the zone of the machine. It starts at a default
// ("now"); as long as the user leaves it there, chosen() is none and the service takes its own now, to
// the second, so that a default can never land before an event recorded a few seconds ago.
class EventTimeEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit EventTimeEdit(QWidget* parent = nullptr);

    void setZone(const domain::TimeZone& zone);
    // Shows `instant` as the untouched default; edited() is false again.
    void setDefault(domain::Instant instant);
    // Shows `instant` as if the user had typed it.
    void setInstant(domain::Instant instant);
    bool edited() const { return m_edited; }

    // The instant shown; an error (field "at") for a reading a daylight-saving change skips or repeats.
    domain::Result<domain::Instant> instant() const;
    // None while the default is untouched, else instant().
    domain::Result<std::optional<domain::Instant>> chosen() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    // Wide enough for the display format's longest reading next to the drop-down arrow.
    int fittingWidth() const;
    void show(domain::Instant instant);

    domain::TimeZone m_zone;
    bool m_edited = false;
    bool m_setting = false;
};

} // namespace propdesk::gui

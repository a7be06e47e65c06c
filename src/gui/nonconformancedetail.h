#pragma once

#include "domain/inspection.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QTableWidget;
class QTextBrowser;

namespace propdesk::gui {

class AppSession;

// One nonconformance beside the board: what and where, severity, cause, contractor, deadline and state;
// its events (raised, rectified, verified or failed, report, closed); the rectification's evidence with
// its photos; the corrective action report, or that one is required.
class NonconformanceDetail : public QWidget
{
    Q_OBJECT

public:
    explicit NonconformanceDetail(AppSession& session, QWidget* parent = nullptr);
    ~NonconformanceDetail() override;

    // Shows `nc` (none: the pane is empty); `contractor` is the responsible contractor's name.
    void showNonconformance(const std::optional<domain::Nonconformance>& nc, const QString& contractor = {});
    const std::optional<domain::Nonconformance>& shown() const { return m_nc; }

    QTextBrowser* summary() const { return m_summary; }
    // Time, event, by, note; oldest first.
    QTableWidget* eventsTable() const { return m_events; }
    // The evidence photos, as thumbnails with their file names.
    QListWidget* photosList() const { return m_photos; }
    QTextBrowser* report() const { return m_report; }

private:
    AppSession& m_session;
    std::optional<domain::Nonconformance> m_nc;
    QTextBrowser* m_summary = nullptr;
    QTableWidget* m_events = nullptr;
    QLabel* m_photosLabel = nullptr;
    QListWidget* m_photos = nullptr;
    QLabel* m_reportLabel = nullptr;
    QTextBrowser* m_report = nullptr;
};

} // namespace propdesk::gui

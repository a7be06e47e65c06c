#pragma once

#include "domain/complaintrepository.h"
#include "domain/ids.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ComplaintHistoryView;
}

namespace propdesk::gui {

class AppSession;
class ComplaintHistoryModel;

// Every complaint of the current site, newest first, filtered by status, category, channel, department,
// verdict, received date and a text search; read a page at a time as the list scrolls. The selection is
// announced, so that the page can show the complaint. Reads itself again when complaints or the site change.
class ComplaintHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintHistoryView(AppSession& session, QWidget* parent = nullptr);
    ~ComplaintHistoryView() override;

    ComplaintHistoryModel* model() const { return m_model; }
    std::optional<domain::ComplaintId> currentComplaint() const;
    bool selectComplaint(domain::ComplaintId id);
    // The filter the bar describes now.
    domain::ComplaintFilter filter() const;
    // Reads the list with the bar's filter now, without waiting for a pause in typing.
    void applyFilter();

    static constexpr int kSearchDelayMs = 250;

signals:
    void complaintSelected(propdesk::domain::ComplaintId id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    void resetFilters();
    void scheduleReload();
    void reload();
    void restoreSelection(std::optional<domain::ComplaintId> id);
    void updateStatus();

    AppSession& m_session;
    std::unique_ptr<Ui::ComplaintHistoryView> m_ui;
    ComplaintHistoryModel* m_model = nullptr;
    QTimer m_searchTimer;
    QTimer m_reloadTimer;
    bool m_filling = false;
    bool m_restoring = false;
    bool m_stale = false;
};

} // namespace propdesk::gui

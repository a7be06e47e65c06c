#pragma once

#include "domain/ids.h"
#include "domain/workorderrepository.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class HistoryView;
}

namespace propdesk::gui {

class AppSession;
class HistoryModel;
class WorkOrderActions;
class WorkOrderDetail;

// Work orders: every order of the database, newest first, filtered by site, status, category, urgency,
// technician, reported date and a text search; the selected order's timeline and deadlines beside it.
// Follows the session: the current site is the default site filter, and the list is read again (keeping the
// selected order) when orders or the database change.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    // With `actions`, the selected order's status changes are offered in a context menu and in the detail
    // pane; the view sets the actions' current order. The view does not own them.
    HistoryView(AppSession& session, WorkOrderActions* actions, QWidget* parent = nullptr);
    ~HistoryView() override;

    std::optional<domain::WorkOrderId> currentOrder() const;
    // Selects the order when it is among the loaded rows; false when it is not.
    bool selectOrder(domain::WorkOrderId id);

    // The filter the bar describes now.
    domain::WorkOrderFilter filter() const;
    // Reads the list with the bar's filter now, without waiting for a pause in typing.
    void applyFilter();

    HistoryModel* model() const { return m_model; }
    WorkOrderDetail* detail() const { return m_detail; }

    // How long typing pauses before the search runs.
    static constexpr int kSearchDelayMs = 250;

signals:
    void currentOrderChanged(std::optional<propdesk::domain::WorkOrderId> id);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillFixedFilters();
    void fillSites();
    void fillTechnicians();
    void followSite();
    void resetFilters();
    void scheduleReload();
    void reload();
    void restoreSelection(std::optional<domain::WorkOrderId> id);
    void updateStatus();
    // Shows the selected order in the detail pane and hands it to the actions.
    void showCurrent();
    void showContextMenu(const QPoint& pos);
    void saveLayout() const;

    AppSession& m_session;
    WorkOrderActions* m_actions;
    std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryModel* m_model = nullptr;
    WorkOrderDetail* m_detail = nullptr;
    QTimer m_searchTimer;
    QTimer m_reloadTimer;
    // Set while the filter bar is being filled in code, so that its signals do not each read the list.
    bool m_filling = false;
    // Set while the selection is put back after a reload, which shows the order once when done.
    bool m_restoring = false;
    // The orders changed while the view was hidden: read them when it is shown.
    bool m_stale = false;
    // The splitter has sizes of the user's: dragged now or restored from the settings.
    bool m_splitterPlaced = false;
};

} // namespace propdesk::gui

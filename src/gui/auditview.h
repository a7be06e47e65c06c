#pragma once

#include "domain/audit.h"

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QTableView;

namespace Ui {
class AuditView;
}

namespace propdesk::gui {

class AppSession;
class AuditChangesModel;
class AuditModel;

// Shows the fields the entry selected in `entries` changed in `changes`, and says which entry that is in `label`.
// Shared by the audit viewer and an order's Changes tab.
class AuditChangesPresenter : public QObject
{
    Q_OBJECT

public:
    AuditChangesPresenter(AuditModel* entries, QTableView* entryView, QTableView* changesView, QLabel* label,
                          QObject* parent);

    AuditChangesModel* model() const { return m_changes; }
    // The selected entry's id; none without a selection.
    std::optional<std::int64_t> currentEntry() const;
    // Selects the loaded entry with this id, or else nothing; shows its changes either way.
    void selectEntry(std::optional<std::int64_t> id);
    // Shows the selected entry's changes.
    void showCurrent();

private:
    AuditModel* m_entries;
    QTableView* m_entryView;
    QTableView* m_changesView;
    QLabel* m_label;
    AuditChangesModel* m_changes;
};

// The audit trail (审计日志): who changed what and when, newest first, filtered by user, record type, record and
// day; the selected entry's changed fields below it. Reads the trail again when the database, the sites or the
// orders change. Managers and administrators may read it; for anybody else the service's refusal is shown.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(AppSession& session, QWidget* parent = nullptr);
    ~AuditView() override;

    // The filter the bar describes now (without paging).
    domain::AuditFilter filter() const;
    // Reads the trail with the bar's filter now, without waiting for a pause in typing.
    void applyFilter();
    // Reads the user names and the trail again, keeping the selected entry when it is still there.
    void refresh();

    AuditModel* model() const { return m_model; }
    AuditChangesModel* changesModel() const;
    std::optional<std::int64_t> currentEntry() const;
    // Selects a loaded entry; false when it is not among the rows.
    bool selectEntry(std::int64_t id);

    // How long typing pauses before the record filter applies.
    static constexpr int kTypingDelayMs = 250;

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillEntities();
    void fillUsers();
    void resetFilters();
    void scheduleReload();
    void reload();
    void updateStatus();
    void saveLayout() const;

    AppSession& m_session;
    std::unique_ptr<Ui::AuditView> m_ui;
    AuditModel* m_model = nullptr;
    AuditChangesPresenter* m_presenter = nullptr;
    QTimer m_typingTimer;
    QTimer m_reloadTimer;
    // Set while the filter bar is being filled in code, so that its signals do not each read the trail.
    bool m_filling = false;
    // The trail changed while the view was hidden: read it when it is shown.
    bool m_stale = false;
    // The splitter has sizes of the user's: dragged now or restored from the settings.
    bool m_splitterPlaced = false;
};

} // namespace propdesk::gui

#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <string>

class QLabel;
class QTableView;

namespace propdesk::gui {

class AppSession;
class AuditChangesModel;
class AuditChangesPresenter;
class AuditModel;

// One record's own audit entries, oldest first (when, who, what, in a line), and the fields the selected entry
// changed: the Changes tab of an order's detail pane. Anybody who may read the record's site may see them.
class AuditRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditRecordView(AppSession& session, QWidget* parent = nullptr);
    ~AuditRecordView() override;

    // Reads the record's entries anew and selects the newest; when the record is the same and an older entry was
    // selected, that one.
    void showRecord(domain::SiteId site, const std::string& entity, const std::string& record);
    void clear();

    AuditModel* model() const { return m_model; }
    AuditChangesModel* changesModel() const;
    QTableView* entryView() const { return m_entries; }

private:
    void updateStatus();

    AppSession& m_session;
    AuditModel* m_model;
    QTableView* m_entries;
    QTableView* m_changes;
    QLabel* m_changesLabel;
    QLabel* m_statusLabel;
    AuditChangesPresenter* m_presenter;
    std::string m_shown; // "site/entity/record" of the record shown
};

} // namespace propdesk::gui

#pragma once

#include "domain/security.h"

#include <QWidget>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The handover log (交接班): the shift changes of a day, each with its handover (the two leaders and when
// each signed) or "not recorded"; the open items carried from handover to handover until closed. Records a
// handover, adds a missing signature, raises an item and closes one with a note.
class HandoverLogView : public QWidget
{
    Q_OBJECT

public:
    explicit HandoverLogView(AppSession& session, QWidget* parent = nullptr);
    ~HandoverLogView() override;

    QDateEdit* dayEdit() const { return m_day; }
    QTableWidget* changesTable() const { return m_changes; }
    QTableWidget* itemsTable() const { return m_items; }
    // The handover recorded for the shift change on `row`, if any.
    std::optional<domain::Handover> handover(int row) const;
    std::optional<domain::HandoverItem> item(int row) const;

    // What the buttons do, for the shift change or item on the current row.
    void recordHandover();
    void signHandover();
    void raiseItem();
    void closeItem();
    void reload();

private:
    void updateActions();

    struct Change
    {
        const domain::ShiftDefinition* shift = nullptr;
        std::optional<domain::Handover> handover;
    };

    AppSession& m_session;
    QDateEdit* m_day = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_changes = nullptr;
    QTableWidget* m_items = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_raise = nullptr;
    QPushButton* m_close = nullptr;
    domain::SecuritySetup m_setup;
    std::vector<Change> m_rows;
    std::vector<domain::HandoverItem> m_openItems;
};

} // namespace propdesk::gui

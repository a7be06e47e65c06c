#pragma once

// The edits of a roster slot (docs/security-operations.md): a swap of two slots, a guard's leave (with a
// substitute or none) and a substitute guard. Each asks the service on OK; a refusal keeps the dialog open
// with the reason next to the field it concerns. The note is required: it is printed on the sheet.

#include "domain/security.h"
#include "services/securityservice.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace propdesk::gui {

class AppSession;
class FieldErrors;
class RosterModel;

class RosterEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Swap,       // two slots
        Leave,      // one slot; a substitute or nobody
        Substitute, // one slot; another guard
    };

    // `keys` holds two keys for a swap, one otherwise; `guards` are the site's active staff to choose from.
    RosterEditDialog(AppSession& session, const RosterModel& model, Kind kind, std::vector<domain::SlotKey> keys,
                     std::vector<std::pair<domain::StaffId, std::string>> guards, QWidget* parent = nullptr);
    ~RosterEditDialog() override;

    Kind kind() const { return m_kind; }
    QComboBox* guardBox() const { return m_guard; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    // The roster as the service returned it after OK.
    const std::optional<services::RosterView>& result() const { return m_result; }

public slots:
    void accept() override;

private:
    AppSession& m_session;
    date::year_month m_month;
    Kind m_kind;
    std::vector<domain::SlotKey> m_slots;
    QComboBox* m_guard = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_guardError = nullptr;
    QLabel* m_noteError = nullptr;
    QLabel* m_formError = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<services::RosterView> m_result;
};

} // namespace propdesk::gui

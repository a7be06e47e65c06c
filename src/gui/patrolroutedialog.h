#pragma once

#include "domain/security.h"

#include <QDialog>

#include <map>
#include <memory>
#include <optional>
#include <string>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// Edits a guard-tour route: code and name, the checkpoints in walking order (code, name, where it is
// mounted), the rounds expected in each shift, the time allowed for a round and the tolerance of its start,
// and the date the version takes effect. Saving stores a new version; a refusal keeps the dialog open with
// the reason next to the field.
class PatrolRouteDialog : public QDialog
{
    Q_OBJECT

public:
    // `route`: the version to start from (its code is kept); none for a new route.
    PatrolRouteDialog(AppSession& session, const domain::SecuritySetup& setup,
                      const std::optional<domain::PatrolRoute>& route, QWidget* parent = nullptr);
    ~PatrolRouteDialog() override;

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* checkpointTable() const { return m_checkpoints; }
    QSpinBox* roundsSpin(const std::string& shift) const;
    QSpinBox* lengthSpin() const { return m_length; }
    QSpinBox* toleranceSpin() const { return m_tolerance; }
    QDateEdit* effectiveEdit() const { return m_effective; }
    QCheckBox* activeCheck() const { return m_active; }
    // Appends a checkpoint row, as the add button does.
    void addCheckpoint(const QString& code = {}, const QString& name = {}, const QString& location = {});
    // The route as the form describes it.
    domain::PatrolRoute route() const;
    const std::optional<domain::PatrolRoute>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void moveCheckpoint(int by);

    AppSession& m_session;
    domain::SecuritySetup m_setup;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QTableWidget* m_checkpoints = nullptr;
    std::map<std::string, QSpinBox*> m_rounds;
    QSpinBox* m_length = nullptr;
    QSpinBox* m_tolerance = nullptr;
    QDateEdit* m_effective = nullptr;
    QCheckBox* m_active = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::PatrolRoute> m_result;
};

} // namespace propdesk::gui

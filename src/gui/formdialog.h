#pragma once

#include <QDialog>
#include <QLabel>

#include <initializer_list>
#include <memory>
#include <string_view>

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// What the form dialogs of the inspections and KPI modules share: the session, the label below the form
// for refusals that name no field of it, a red label beside each field for the refusals that name it, and
// the height fitted to the wrapped text of those labels.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    ~FormDialog() override;

    QLabel* formError() const { return m_formError; }

protected:
    FormDialog(AppSession& session, QWidget* parent);
    bool event(QEvent* event) override;
    // A label for errors naming `fields`, red and hidden while empty.
    QLabel* fieldError(std::initializer_list<std::string_view> fields);

    AppSession& m_session;
    QLabel* m_formError = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace propdesk::gui

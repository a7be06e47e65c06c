#include "formdialog.h"

#include "dialogfit.h"
#include "fielderrors.h"

namespace propdesk::gui {

FormDialog::FormDialog(AppSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_errors = std::make_unique<FieldErrors>(m_formError);
}

FormDialog::~FormDialog() = default;

bool FormDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

QLabel* FormDialog::fieldError(std::initializer_list<std::string_view> fields)
{
    auto* label = new QLabel(this);
    m_errors->add(fields, label);
    return label;
}

} // namespace propdesk::gui

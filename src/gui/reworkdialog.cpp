#include "reworkdialog.h"

#include "domain/workorder.h"
#include "intakeform.h"
#include "qtconvert.h"
#include "services/workorderservice.h"
#include "ui_reworkdialog.h"

namespace propdesk::gui {

ReworkDialog::ReworkDialog(AppSession& session, const domain::WorkOrder& original, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReworkDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Log rework – %1").arg(qs(original.header.code)));
    m_form = new IntakeForm(session, this);
    m_ui->formHolder->insertWidget(0, m_form);

    const auto& h = original.header;
    services::NewWorkOrder rework;
    rework.location = h.location;
    rework.category = h.category;
    rework.urgency = h.urgency;
    rework.reporter = h.reporter;
    rework.phone = h.phone;
    rework.reworkOf = h.code;
    m_form->prefill(rework);

    connect(m_form, &IntakeForm::orderLogged, this, [this](domain::WorkOrderId id) {
        m_logged = id;
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReworkDialog::reject);
}

ReworkDialog::~ReworkDialog() = default;

} // namespace propdesk::gui

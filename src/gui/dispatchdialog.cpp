#include "dispatchdialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "fielderrors.h"
#include "ordersummary.h"
#include "qtconvert.h"
#include "ui_dispatchdialog.h"

#include <QEvent>
#include <QPushButton>

namespace propdesk::gui {

DispatchDialog::DispatchDialog(AppSession& session, const domain::WorkOrder& order, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(order.header.id), m_ui(std::make_unique<Ui::DispatchDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(460);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"technician"}, m_ui->technicianError);
    m_errors->add({"at", "dispatched_at"}, m_ui->timeError);

    const auto zone = m_session.zone();
    setWindowTitle(tr("Dispatch – %1").arg(qs(order.header.code)));
    m_ui->orderLabel->setText(orderSummary(order.header, zone));
    m_ui->timeEdit->setZone(zone);
    m_ui->timeEdit->setDefault(m_session.clock().now());
    m_ui->timeHint->setText(tr("Now, or when it happened: not before %1, the order's previous event.")
                                .arg(formatInstant(order.lastEventAt(), zone)));
    m_ui->timeHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Dispatch"));

    QStringList names;
    auto technicians = m_session.workspace().staff().technicians(m_session.site() ? m_session.site()->code : "");
    if (technicians) {
        for (const auto& name : *technicians) {
            names << qs(name);
        }
    } else {
        m_errors->show(technicians.error());
    }
    m_ui->technicianCombo->addItems(names);
    if (const int current = names.indexOf(qs(order.header.technician)); current >= 0) {
        m_ui->technicianCombo->setCurrentIndex(current);
    }
    const bool any = !names.isEmpty();
    m_ui->technicianCombo->setEnabled(any);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(any);
    m_ui->noStaffLabel->setVisible(!any);
    m_ui->noStaffLabel->setText(tr("This site has no active technicians. Add its staff in Settings, then "
                                   "dispatch the order."));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DispatchDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DispatchDialog::reject);
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_errors->clear(m_ui->timeError); });
    m_ui->technicianCombo->setFocus();
}

DispatchDialog::~DispatchDialog() = default;

void DispatchDialog::accept()
{
    m_errors->clear();
    auto at = m_ui->timeEdit->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto done = m_session.workspace().workOrders().dispatch(m_id, utf8(m_ui->technicianCombo->currentText()), *at);
    if (!done) {
        m_errors->show(done.error());
        return;
    }
    m_result = std::move(*done);
    QDialog::accept();
}

bool DispatchDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui

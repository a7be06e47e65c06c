#include "eventdialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "fielderrors.h"
#include "ordersummary.h"
#include "qtconvert.h"
#include "ui_eventdialog.h"

#include <QEvent>
#include <QPushButton>

namespace propdesk::gui {

EventDialog::EventDialog(AppSession& session, const domain::WorkOrder& order, Kind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(order.header.id), m_kind(kind),
      m_ui(std::make_unique<Ui::EventDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(460);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"at", "dispatched_at", "arrived_at", "holds", "completed_at", "cancelled_at", "revisited_at"},
                  m_ui->timeError);
    m_errors->add({"reason", "note", "result", "comment"}, m_ui->noteError);

    const auto zone = m_session.zone();
    m_ui->orderLabel->setText(orderSummary(order.header, zone));
    m_ui->timeEdit->setZone(zone);
    m_ui->timeEdit->setDefault(m_session.clock().now());
    m_ui->timeHint->setText(tr("Now, or when it happened: not before %1, the order's previous event.")
                                .arg(formatInstant(order.lastEventAt(), zone)));
    m_ui->timeHint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    QString title;
    QString noteLabel;
    QString noteHint;
    switch (kind) {
    case Kind::Arrival:
        title = tr("Record arrival");
        break;
    case Kind::Hold:
        title = tr("Put on hold");
        noteLabel = tr("&Reason:");
        noteHint = tr("Required: what the work waits for (parts, the resident, …)");
        break;
    case Kind::Resume:
        title = tr("Resume work");
        break;
    case Kind::Completion:
        title = tr("Complete");
        noteLabel = tr("&Result:");
        noteHint = tr("What was done");
        break;
    case Kind::Cancellation:
        title = tr("Cancel order");
        noteLabel = tr("&Reason:");
        noteHint = tr("Required: why the order is cancelled");
        break;
    }
    setWindowTitle(QStringLiteral("%1 – %2").arg(title, qs(order.header.code)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(title);
    const bool hasNote = !noteLabel.isEmpty();
    m_ui->noteLabel->setVisible(hasNote);
    m_ui->noteEdit->setVisible(hasNote);
    m_ui->noteLabel->setText(noteLabel);
    m_ui->noteEdit->setPlaceholderText(noteHint);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_errors->clear(m_ui->timeError); });
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, [this] { m_errors->clear(m_ui->noteError); });
    (hasNote ? static_cast<QWidget*>(m_ui->noteEdit) : m_ui->timeEdit)->setFocus();
}

EventDialog::~EventDialog() = default;

void EventDialog::accept()
{
    m_errors->clear();
    auto at = m_ui->timeEdit->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    const std::string note = utf8(m_ui->noteEdit->toPlainText().trimmed());
    auto& orders = m_session.workspace().workOrders();
    domain::Result<domain::WorkOrder> done = [&] {
        switch (m_kind) {
        case Kind::Arrival:
            return orders.arrive(m_id, *at);
        case Kind::Hold:
            return orders.hold(m_id, note, *at);
        case Kind::Resume:
            return orders.resume(m_id, *at);
        case Kind::Completion:
            return orders.complete(m_id, note, *at);
        case Kind::Cancellation:
            return orders.cancel(m_id, note, *at);
        }
        return orders.get(m_id);
    }();
    if (!done) {
        m_errors->show(done.error());
        return;
    }
    m_result = std::move(*done);
    QDialog::accept();
}

bool EventDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui

#include "revisitdialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "fielderrors.h"
#include "labels.h"
#include "ordersummary.h"
#include "qtconvert.h"
#include "ui_revisitdialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>

namespace propdesk::gui {

RevisitDialog::RevisitDialog(AppSession& session, const domain::WorkOrder& order, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(order.header.id), m_ui(std::make_unique<Ui::RevisitDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(460);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"satisfaction"}, m_ui->satisfactionError);
    m_errors->add({"comment", "note"}, m_ui->commentError);
    m_errors->add({"at", "revisited_at"}, m_ui->timeError);

    const auto zone = m_session.zone();
    setWindowTitle(tr("Revisit – %1").arg(qs(order.header.code)));
    QString summary = orderSummary(order.header, zone);
    if (!order.header.technician.empty()) {
        summary += QStringLiteral("<br>") + tr("Repaired by %1").arg(qs(order.header.technician).toHtmlEscaped());
    }
    m_ui->orderLabel->setText(summary);
    m_ui->timeEdit->setZone(zone);
    m_ui->timeEdit->setDefault(m_session.clock().now());
    m_ui->timeHint->setText(tr("Now, or when the call took place: not before %1, when the order was completed.")
                                .arg(formatInstant(order.lastEventAt(), zone)));
    m_ui->timeHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->commentHint->setText(tr("Required for a rating of %1 or %2: the reason is followed up.")
                                   .arg(satisfactionLabel(2), satisfactionLabel(1)));
    m_ui->commentHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record revisit"));

    m_ratings = new QButtonGroup(this);
    const std::pair<QRadioButton*, int> ratings[] = {
        {m_ui->rating5, 5}, {m_ui->rating4, 4}, {m_ui->rating3, 3}, {m_ui->rating2, 2}, {m_ui->rating1, 1}};
    for (const auto& [button, value] : ratings) {
        button->setText(satisfactionLabel(value));
        m_ratings->addButton(button, value);
    }
    // A rating must be chosen; whether a comment is needed is the service's call.
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ratings, &QButtonGroup::idClicked, this, [this, ok] {
        ok->setEnabled(true);
        m_errors->clear(m_ui->satisfactionError);
    });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RevisitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RevisitDialog::reject);
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_errors->clear(m_ui->timeError); });
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, [this] { m_errors->clear(m_ui->commentError); });
    m_ui->rating5->setFocus();
}

RevisitDialog::~RevisitDialog() = default;

void RevisitDialog::accept()
{
    m_errors->clear();
    if (m_ratings->checkedId() < 0) {
        m_errors->show(m_ui->satisfactionError, tr("Choose how satisfied the resident is."));
        return;
    }
    auto at = m_ui->timeEdit->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto done = m_session.workspace().workOrders().revisit(m_id, m_ratings->checkedId(),
                                                           utf8(m_ui->commentEdit->toPlainText().trimmed()), *at);
    if (!done) {
        m_errors->show(done.error());
        return;
    }
    m_result = std::move(*done);
    QDialog::accept();
}

bool RevisitDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui

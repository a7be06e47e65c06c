#include "dutylogdialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

QPlainTextEdit* textEdit(QWidget* parent, const char* name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

DutyEntryDialog::DutyEntryDialog(AppSession& session, domain::DutyEntryKind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind)
{
    using K = domain::DutyEntryKind;
    setMinimumWidth(480);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_detail = textEdit(this, "detailEdit", 3);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const auto type : {domain::IncidentType::SecurityCase, domain::IncidentType::Fire,
                            domain::IncidentType::Violation, domain::IncidentType::Other}) {
        m_type->addItem(incidentTypeLabel(type), static_cast<int>(type));
    }
    m_type->setCurrentIndex(-1);
    m_type->setPlaceholderText(tr("Choose the type"));
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());

    QString subject;
    QString detail;
    QString time;
    switch (kind) {
    case K::Visitor:
        setWindowTitle(tr("Log visitor"));
        subject = tr("&Visitor:");
        detail = tr("&Visiting:");
        time = tr("Time &in:");
        m_subject->setPlaceholderText(tr("Name, and ID shown if any"));
        m_detail->setPlaceholderText(tr("Whom, which unit, why"));
        break;
    case K::Vehicle:
        setWindowTitle(tr("Log vehicle"));
        subject = tr("&Plate:");
        detail = tr("&Vehicle:");
        time = tr("Time &in:");
        m_subject->setPlaceholderText(QStringLiteral("粤B·12345"));
        m_detail->setPlaceholderText(tr("Make and colour, driver, why it came in"));
        break;
    case K::Incident:
        setWindowTitle(tr("Log incident"));
        subject = tr("&Title:");
        detail = tr("&What happened:");
        time = tr("&Happened at:");
        m_subject->setPlaceholderText(tr("In a few words"));
        break;
    }
    m_location->setPlaceholderText(tr("The post, the building, the gate"));

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* typeError = new QLabel(this);
    auto* subjectError = new QLabel(this);
    auto* detailError = new QLabel(this);
    auto* timeError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"incident"}, typeError);
    m_errors->add({"subject"}, subjectError);
    m_errors->add({"detail", "location"}, detailError);
    m_errors->add({"at", "left_at", "leftAt"}, timeError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (kind == K::Incident) {
        form->addRow(buddyLabel(tr("T&ype:"), m_type), m_type);
        form->addRow(QString(), typeError);
    } else {
        m_type->hide();
    }
    form->addRow(buddyLabel(subject, m_subject), m_subject);
    form->addRow(QString(), subjectError);
    form->addRow(buddyLabel(detail, m_detail), m_detail);
    form->addRow(buddyLabel(tr("&Where:"), m_location), m_location);
    form->addRow(QString(), detailError);
    form->addRow(buddyLabel(time, m_time), m_time);
    form->addRow(QString(), timeError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DutyEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DutyEntryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

DutyEntryDialog::~DutyEntryDialog() = default;

bool DutyEntryDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void DutyEntryDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    const auto at = m_time->instant();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    domain::DutyEntry entry;
    entry.kind = m_kind;
    entry.at = *at;
    entry.subject = utf8(m_subject->text().trimmed());
    entry.detail = utf8(m_detail->toPlainText().trimmed());
    entry.location = utf8(m_location->text().trimmed());
    if (m_kind == domain::DutyEntryKind::Incident && m_type->currentIndex() >= 0) {
        entry.incident = static_cast<domain::IncidentType>(m_type->currentData().toInt());
    }
    auto logged = m_session.workspace().security().logEntry(site->code, entry);
    if (!logged) {
        m_errors->show(logged.error());
        return;
    }
    m_result = std::move(*logged);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------

HandleIncidentDialog::HandleIncidentDialog(AppSession& session, const domain::DutyEntry& incident, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(incident.id)
{
    setWindowTitle(tr("Handle incident"));
    setMinimumWidth(480);
    const auto zone = m_session.zone();
    auto* about = new QLabel(QStringLiteral("<b>%1</b> · %2 · %3")
                                 .arg(qs(incident.subject).toHtmlEscaped(),
                                      incident.incident ? incidentTypeLabel(*incident.incident) : QString(),
                                      formatInstant(incident.at, zone)),
                             this);
    about->setObjectName(QStringLiteral("incidentLabel"));
    about->setWordWrap(true);
    m_handling = textEdit(this, "handlingEdit", 3);
    m_handling->setPlainText(qs(incident.handling));
    m_handling->setPlaceholderText(tr("Who went, what was done, who was called"));
    m_outcome = textEdit(this, "outcomeEdit", 2);
    m_outcome->setPlainText(qs(incident.outcome));
    m_outcome->setPlaceholderText(tr("How it ended"));
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(zone);
    m_time->setDefault(m_session.clock().now());

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* handlingError = new QLabel(this);
    auto* outcomeError = new QLabel(this);
    auto* timeError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"handling"}, handlingError);
    m_errors->add({"outcome"}, outcomeError);
    m_errors->add({"at", "handled_at", "handledAt"}, timeError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("&Handling:"), m_handling), m_handling);
    form->addRow(QString(), handlingError);
    form->addRow(buddyLabel(tr("&Outcome:"), m_outcome), m_outcome);
    form->addRow(QString(), outcomeError);
    form->addRow(buddyLabel(tr("&Finished at:"), m_time), m_time);
    form->addRow(QString(), timeError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandleIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandleIncidentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

HandleIncidentDialog::~HandleIncidentDialog() = default;

bool HandleIncidentDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void HandleIncidentDialog::accept()
{
    m_errors->clear();
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto handled = m_session.workspace().security().handleIncident(m_id, utf8(m_handling->toPlainText().trimmed()),
                                                                   utf8(m_outcome->toPlainText().trimmed()), *at);
    if (!handled) {
        m_errors->show(handled.error());
        return;
    }
    m_result = std::move(*handled);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

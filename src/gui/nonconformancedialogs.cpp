#include "nonconformancedialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "errortext.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

QPlainTextEdit* textEdit(QWidget* parent, const char* name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// "NC-2025-0001 · Lobby, 1栋 · floor not clean": which nonconformance a dialog acts on.
QLabel* subjectLabel(QWidget* parent, const domain::Nonconformance& nc)
{
    QStringList place{areaTypeLabel(nc.area)};
    if (!nc.location.empty()) {
        place << qs(nc.location);
    }
    auto* label = new QLabel(QStringLiteral("<b>%1</b> · %2<br>%3")
                                 .arg(qs(nc.code).toHtmlEscaped(), place.join(QStringLiteral(", ")).toHtmlEscaped(),
                                      qs(nc.description).toHtmlEscaped()),
                             parent);
    label->setObjectName(QStringLiteral("subjectLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QDialogButtonBox* buttonBox(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QFormLayout* makeForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

} // namespace

// ---------------------------------------------------------------------------------------------------

void NonconformanceDialog::finish(domain::Result<domain::Nonconformance> stored)
{
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------

RaiseNonconformanceDialog::RaiseNonconformanceDialog(AppSession& session, QWidget* parent)
    : NonconformanceDialog(session, parent)
{
    setWindowTitle(tr("Raise nonconformance"));
    resize(520, 0);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    for (const auto area : domain::allAreaTypes()) {
        m_area->addItem(areaTypeLabel(area), static_cast<int>(area));
    }
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Building, floor or zone: \"2栋 5层\""));
    m_description = textEdit(this, "descriptionEdit", 3);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    for (const auto service : {domain::InspectionService::Cleaning, domain::InspectionService::Greening}) {
        m_service->addItem(inspectionServiceLabel(service), static_cast<int>(service));
    }
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (const auto severity : {domain::Severity::Minor, domain::Severity::Severe}) {
        m_severity->addItem(severityLabel(severity), static_cast<int>(severity));
    }
    m_cause = new QLineEdit(this);
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_cause->setPlaceholderText(tr("If known"));
    m_deadline = new EventTimeEdit(this);
    m_deadline->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadline->setZone(m_session.zone());
    const auto zone = m_session.zone();
    const auto today = zone.localDate(m_session.clock().now());
    // The end of today, the same-day rule of the daily inspection; left untouched, the service decides.
    m_deadline->setDefault(zone.startOfDay(domain::Date{date::sys_days{today} + date::days{1}}) - domain::Seconds{60});

    auto* form = makeForm();
    form->addRow(tr("&Area:"), m_area);
    form->addRow(QString(), fieldError({"area"}));
    form->addRow(tr("&Location:"), m_location);
    form->addRow(QString(), fieldError({"location"}));
    form->addRow(tr("&What is wrong:"), m_description);
    form->addRow(QString(), fieldError({"description"}));
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(QString(), fieldError({"severity", "service"}));
    form->addRow(tr("&Cause:"), m_cause);
    form->addRow(QString(), fieldError({"cause"}));
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(QString(), fieldError({"deadline", "at"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Raise")));
}

void RaiseNonconformanceDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    services::NewNonconformance nc;
    nc.area = static_cast<domain::AreaType>(m_area->currentData().toInt());
    nc.location = utf8(m_location->text().trimmed());
    nc.description = utf8(m_description->toPlainText().trimmed());
    nc.service = static_cast<domain::InspectionService>(m_service->currentData().toInt());
    nc.severity = static_cast<domain::Severity>(m_severity->currentData().toInt());
    nc.cause = utf8(m_cause->text().trimmed());
    const auto deadline = m_deadline->chosen();
    if (!deadline) {
        m_errors->show(deadline.error());
        return;
    }
    nc.deadline = *deadline;
    finish(m_session.workspace().inspections().raise(site->code, nc));
}

// ---------------------------------------------------------------------------------------------------

AssignNonconformanceDialog::AssignNonconformanceDialog(AppSession& session, const domain::Nonconformance& nc,
                                                       const std::vector<domain::Contractor>& contractors,
                                                       QWidget* parent)
    : NonconformanceDialog(session, parent), m_id(nc.id)
{
    setWindowTitle(tr("Assign nonconformance"));
    resize(480, 0);
    m_cause = new QLineEdit(qs(nc.cause), this);
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_contractor = new QComboBox(this);
    m_contractor->setObjectName(QStringLiteral("contractorCombo"));
    m_contractor->addItem(tr("No contractor"), QVariant::fromValue<qlonglong>(0));
    // The contractors of the nonconformance's service first: they are the likely ones.
    const auto matches = [&](const domain::Contractor& c) {
        return (nc.service == domain::InspectionService::Cleaning &&
                c.service == domain::ContractorService::Cleaning) ||
               (nc.service == domain::InspectionService::Greening && c.service == domain::ContractorService::Greening);
    };
    for (const bool first : {true, false}) {
        for (const auto& c : contractors) {
            if (matches(c) == first && (c.active || nc.contractor == c.id)) {
                m_contractor->addItem(QStringLiteral("%1 (%2)").arg(qs(c.name), contractorServiceLabel(c.service)),
                                      QVariant::fromValue<qlonglong>(c.id.value));
            }
        }
    }
    if (nc.contractor) {
        m_contractor->setCurrentIndex(
            std::max(0, m_contractor->findData(QVariant::fromValue<qlonglong>(nc.contractor->value))));
    } else if (m_contractor->count() > 1) {
        m_contractor->setCurrentIndex(1);
    }

    auto* form = makeForm();
    form->addRow(subjectLabel(this, nc));
    form->addRow(tr("&Cause:"), m_cause);
    form->addRow(QString(), fieldError({"cause"}));
    form->addRow(tr("C&ontractor:"), m_contractor);
    form->addRow(QString(), fieldError({"contractor"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Assign")));
}

void AssignNonconformanceDialog::accept()
{
    m_errors->clear();
    std::optional<domain::ContractorId> contractor;
    if (const auto id = m_contractor->currentData().toLongLong(); id > 0) {
        contractor = domain::ContractorId{id};
    }
    finish(m_session.workspace().inspections().assign(m_id, utf8(m_cause->text().trimmed()), contractor));
}

// ---------------------------------------------------------------------------------------------------

RectifyDialog::RectifyDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent)
    : NonconformanceDialog(session, parent), m_id(nc.id)
{
    setWindowTitle(tr("Record rectification"));
    resize(520, 0);
    m_by = new QLineEdit(this);
    m_by->setObjectName(QStringLiteral("byEdit"));
    m_by->setPlaceholderText(tr("The cleaner or the contractor's team leader"));
    m_evidence = textEdit(this, "evidenceEdit", 3);
    m_evidence->setPlaceholderText(tr("What was done and how it was checked"));
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());
    m_photos = new QListWidget(this);
    m_photos->setObjectName(QStringLiteral("photosList"));
    m_photos->setFixedHeight(m_photos->fontMetrics().lineSpacing() * 3 + 10);
    auto* add = new QPushButton(tr("Add &photos…"), this);
    add->setObjectName(QStringLiteral("addPhotosButton"));
    connect(add, &QPushButton::clicked, this, &RectifyDialog::choosePhotos);
    m_photosError = fieldError({"photos", "photo", "file"});
    auto* photos = new QHBoxLayout;
    photos->addWidget(m_photos, 1);
    photos->addWidget(add, 0, Qt::AlignTop);

    auto* form = makeForm();
    form->addRow(subjectLabel(this, nc));
    form->addRow(tr("Rectified &by:"), m_by);
    form->addRow(QString(), fieldError({"by", "rectified_by"}));
    form->addRow(tr("&Time:"), m_time);
    form->addRow(QString(), fieldError({"at", "rectified_at"}));
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(QString(), fieldError({"evidence"}));
    form->addRow(tr("Photos:"), photos);
    form->addRow(QString(), m_photosError);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Record")));
}

bool RectifyDialog::addPhoto(const QString& fileName)
{
    m_errors->clear(m_photosError);
    const auto& site = m_session.site();
    if (!site) {
        return false;
    }
    auto stored = m_session.workspace().inspections().addPhoto(site->code, toPath(fileName));
    if (!stored) {
        m_errors->show(m_photosError, tr("%1: %2").arg(QFileInfo(fileName).fileName(), errorText(stored.error())));
        return false;
    }
    auto* item = new QListWidgetItem(qs(stored->fileName), m_photos);
    item->setToolTip(fileName);
    m_photoRefs.push_back(std::move(*stored));
    return true;
}

void RectifyDialog::choosePhotos()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add photos"), QString(), tr("Photos (*.jpg *.jpeg *.png)"));
    for (const QString& file : files) {
        if (!addPhoto(file)) {
            break;
        }
    }
}

void RectifyDialog::accept()
{
    m_errors->clear();
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    finish(m_session.workspace().inspections().rectify(m_id, utf8(m_by->text().trimmed()),
                                                       utf8(m_evidence->toPlainText().trimmed()), m_photoRefs, *at));
}

// ---------------------------------------------------------------------------------------------------

VerifyDialog::VerifyDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent)
    : NonconformanceDialog(session, parent), m_id(nc.id)
{
    setWindowTitle(tr("Verify rectification"));
    resize(500, 0);
    m_passed = new QRadioButton(tr("&Passed: the rectification meets the standard"), this);
    m_passed->setObjectName(QStringLiteral("passedButton"));
    m_passed->setChecked(true);
    m_failed = new QRadioButton(tr("&Failed: back to open for another rectification"), this);
    m_failed->setObjectName(QStringLiteral("failedButton"));
    m_note = textEdit(this, "noteEdit", 3);
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());
    const auto updateHint = [this] {
        m_note->setPlaceholderText(m_failed->isChecked() ? tr("Required: what still does not meet the standard")
                                                         : tr("Optional"));
    };
    connect(m_failed, &QRadioButton::toggled, this, updateHint);
    updateHint();

    QString rectified;
    if (nc.rectifiedAt) {
        rectified = tr("Rectified by %1 at %2: %3")
                        .arg(qs(nc.rectifiedBy), formatInstant(*nc.rectifiedAt, m_session.zone()), qs(nc.evidence));
    }
    auto* rectifiedLabel = new QLabel(rectified, this);
    rectifiedLabel->setWordWrap(true);

    auto* form = makeForm();
    form->addRow(subjectLabel(this, nc));
    form->addRow(rectifiedLabel);
    form->addRow(m_passed);
    form->addRow(m_failed);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), fieldError({"note", "passed"}));
    form->addRow(tr("&Time:"), m_time);
    form->addRow(QString(), fieldError({"at", "verified_at"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Record")));
}

void VerifyDialog::accept()
{
    m_errors->clear();
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    finish(m_session.workspace().inspections().verify(m_id, m_passed->isChecked(),
                                                      utf8(m_note->toPlainText().trimmed()), *at));
}

// ---------------------------------------------------------------------------------------------------

CloseNonconformanceDialog::CloseNonconformanceDialog(AppSession& session, const domain::Nonconformance& nc,
                                                     QWidget* parent)
    : NonconformanceDialog(session, parent), m_id(nc.id)
{
    setWindowTitle(tr("Close nonconformance"));
    resize(480, 0);
    m_note = textEdit(this, "noteEdit", 3);
    m_note->setPlaceholderText(tr("Optional"));
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());
    auto* form = makeForm();
    form->addRow(subjectLabel(this, nc));
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), fieldError({"note"}));
    form->addRow(tr("&Time:"), m_time);
    form->addRow(QString(), fieldError({"at", "closed_at"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Close nonconformance")));
}

void CloseNonconformanceDialog::accept()
{
    m_errors->clear();
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    finish(m_session.workspace().inspections().close(m_id, utf8(m_note->toPlainText().trimmed()), *at));
}

// ---------------------------------------------------------------------------------------------------

CorrectiveActionDialog::CorrectiveActionDialog(AppSession& session, const domain::Nonconformance& nc, QWidget* parent)
    : NonconformanceDialog(session, parent), m_id(nc.id)
{
    setWindowTitle(tr("Corrective action report"));
    resize(540, 0);
    m_causeAnalysis = textEdit(this, "causeAnalysisEdit", 3);
    m_action = textEdit(this, "actionEdit", 3);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    const auto today = m_session.zone().localDate(m_session.clock().now());
    m_due->setDate(toQDate(domain::Date{date::sys_days{today} + date::days{7}}));
    if (nc.report) {
        m_causeAnalysis->setPlainText(qs(nc.report->causeAnalysis));
        m_action->setPlainText(qs(nc.report->action));
        m_owner->setText(qs(nc.report->owner));
        m_due->setDate(toQDate(nc.report->due));
    }
    auto* why = new QLabel(this);
    why->setWordWrap(true);
    if (nc.report) {
        why->setText(tr("Recorded by %1 at %2; saving replaces it.")
                         .arg(qs(nc.report->recordedBy), formatInstant(nc.report->recordedAt, m_session.zone())));
    } else if (nc.reportRequired) {
        why->setText(nc.severity == domain::Severity::Severe
                         ? tr("Required: a severe nonconformance cannot be closed without this report.")
                         : tr("Required: minor nonconformances cluster in this area; it cannot be closed without "
                              "this report."));
    }
    why->setVisible(!why->text().isEmpty());

    auto* form = makeForm();
    form->addRow(subjectLabel(this, nc));
    form->addRow(why);
    form->addRow(tr("Cause &analysis:"), m_causeAnalysis);
    form->addRow(QString(), fieldError({"causeAnalysis", "cause_analysis", "report.causeAnalysis"}));
    form->addRow(tr("Corrective a&ction:"), m_action);
    form->addRow(QString(), fieldError({"action", "report.action"}));
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), fieldError({"owner", "report.owner"}));
    form->addRow(tr("&Due:"), m_due);
    form->addRow(QString(), fieldError({"due", "report.due"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Record report")));
}

void CorrectiveActionDialog::accept()
{
    m_errors->clear();
    domain::CorrectiveActionReport report;
    report.causeAnalysis = utf8(m_causeAnalysis->toPlainText().trimmed());
    report.action = utf8(m_action->toPlainText().trimmed());
    report.owner = utf8(m_owner->text().trimmed());
    report.due = toDate(m_due->date());
    finish(m_session.workspace().inspections().recordReport(m_id, std::move(report)));
}

} // namespace propdesk::gui

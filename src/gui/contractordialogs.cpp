#include "contractordialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "fielderrors.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

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

std::int64_t toFen(double yuan)
{
    return static_cast<std::int64_t>(std::llround(yuan * 100.0));
}

// An amount in yuan with two decimals, as wide as a fee of millions.
QDoubleSpinBox* makeYuanEdit(QWidget* parent, const char* name)
{
    auto* edit = new QDoubleSpinBox(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDecimals(2);
    edit->setRange(0.0, 99'999'999.99);
    edit->setGroupSeparatorShown(true);
    edit->setSuffix(ContractorFormDialog::tr(" yuan"));
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QDateEdit* makeDateEdit(QWidget* parent, const char* name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    return edit;
}

QPlainTextEdit* makeTextEdit(QWidget* parent, const char* name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
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

std::optional<domain::NonconformanceId> chosenNonconformance(const QComboBox* combo)
{
    const auto id = combo->currentData().toLongLong();
    return id > 0 ? std::optional(domain::NonconformanceId{id}) : std::nullopt;
}

} // namespace

QComboBox* ContractorFormDialog::makeNonconformanceCombo(const std::vector<domain::Nonconformance>& nonconformances)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("nonconformanceCombo"));
    combo->addItem(tr("None"), QVariant::fromValue<qlonglong>(0));
    for (const auto& nc : nonconformances) {
        QString description = qs(nc.description).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (description.size() > 40) {
            description = description.left(39) + QChar(0x2026);
        }
        combo->addItem(QStringLiteral("%1 · %2").arg(qs(nc.code), description),
                       QVariant::fromValue<qlonglong>(nc.id.value));
    }
    return combo;
}

// ---------------------------------------------------------------------------------------------------

ContractorDialog::ContractorDialog(AppSession& session, const std::optional<domain::Contractor>& contractor,
                                   QWidget* parent)
    : ContractorFormDialog(session, parent)
{
    const auto today = m_session.zone().localDate(m_session.clock().now());
    if (contractor) {
        m_contractor = *contractor;
    } else {
        m_contractor.contractStart = today;
        // A year's contract from today.
        m_contractor.contractEnd = domain::Date{
            date::sys_days{domain::Date{today.year() + date::years{1}, today.month(), today.day()}} - date::days{1}};
    }
    setWindowTitle(contractor ? tr("Edit contractor") : tr("Add contractor"));
    resize(500, 0);
    m_name = new QLineEdit(qs(m_contractor.name), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    for (const auto service : {domain::ContractorService::Cleaning, domain::ContractorService::Greening,
                               domain::ContractorService::PestControl}) {
        m_service->addItem(contractorServiceLabel(service), static_cast<int>(service));
    }
    m_service->setCurrentIndex(m_service->findData(static_cast<int>(m_contractor.service)));
    m_fee = makeYuanEdit(this, "feeEdit");
    m_fee->setValue(static_cast<double>(m_contractor.monthlyFee) / 100.0);
    m_start = makeDateEdit(this, "startEdit");
    m_start->setDate(toQDate(m_contractor.contractStart));
    m_end = makeDateEdit(this, "endEdit");
    m_end->setDate(toQDate(m_contractor.contractEnd));
    m_contact = new QLineEdit(qs(m_contractor.contact), this);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_phone = new QLineEdit(qs(m_contractor.phone), this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_licence = new QLineEdit(qs(m_contractor.licence), this);
    m_licence->setObjectName(QStringLiteral("licenceEdit"));
    m_licence->setPlaceholderText(tr("Pest control: the company's licence"));
    m_active = new QCheckBox(tr("&Active"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(m_contractor.active);

    auto* form = makeForm();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), fieldError({"name"}));
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("Monthly &fee:"), m_fee);
    form->addRow(QString(), fieldError({"monthlyFee", "monthly_fee", "fee"}));
    form->addRow(tr("Contract &from:"), m_start);
    form->addRow(tr("Contract &to:"), m_end);
    form->addRow(QString(), fieldError({"contractStart", "contract_start", "contractEnd", "contract_end", "contract"}));
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), fieldError({"contact", "phone"}));
    form->addRow(tr("&Licence:"), m_licence);
    form->addRow(QString(), fieldError({"licence"}));
    form->addRow(QString(), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Save")));
}

void ContractorDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    domain::Contractor c = m_contractor;
    c.name = utf8(m_name->text().trimmed());
    c.service = static_cast<domain::ContractorService>(m_service->currentData().toInt());
    c.monthlyFee = toFen(m_fee->value());
    c.contractStart = toDate(m_start->date());
    c.contractEnd = toDate(m_end->date());
    c.contact = utf8(m_contact->text().trimmed());
    c.phone = utf8(m_phone->text().trimmed());
    c.licence = utf8(m_licence->text().trimmed());
    c.active = m_active->isChecked();
    auto stored = m_session.workspace().inspections().saveContractor(site->code, std::move(c));
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------

WarningDialog::WarningDialog(AppSession& session, const domain::Contractor& contractor, int warningsInYear, int limit,
                             const std::vector<domain::Nonconformance>& nonconformances, QWidget* parent)
    : ContractorFormDialog(session, parent), m_contractor(contractor.id)
{
    setWindowTitle(tr("Issue written warning"));
    resize(500, 0);
    auto* subject =
        new QLabel(QStringLiteral("<b>%1</b> (%2)")
                       .arg(qs(contractor.name).toHtmlEscaped(), contractorServiceLabel(contractor.service)),
                   this);
    auto* standing = new QLabel(this);
    standing->setObjectName(QStringLiteral("standingLabel"));
    standing->setWordWrap(true);
    if (warningsInYear + 1 >= limit) {
        standing->setText(tr("%1 written warnings in the last 12 months. This one reaches the limit of %2: the "
                             "subcontract may be terminated.")
                              .arg(warningsInYear)
                              .arg(limit));
        standing->setStyleSheet(QStringLiteral("color: #9b0000; font-weight: bold;"));
    } else {
        standing->setText(tr("%1 written warnings in the last 12 months; %2 give the right to terminate.")
                              .arg(warningsInYear)
                              .arg(limit));
    }
    m_date = makeDateEdit(this, "dateEdit");
    m_date->setDate(toQDate(m_session.zone().localDate(m_session.clock().now())));
    m_reason = makeTextEdit(this, "reasonEdit", 3);
    m_nc = makeNonconformanceCombo(nonconformances);

    auto* form = makeForm();
    form->addRow(subject);
    form->addRow(standing);
    form->addRow(tr("&Issued on:"), m_date);
    form->addRow(QString(), fieldError({"issuedOn", "issued_on", "date"}));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), fieldError({"reason"}));
    form->addRow(tr("&Nonconformance:"), m_nc);
    form->addRow(QString(), fieldError({"nonconformance"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Issue warning")));
}

void WarningDialog::accept()
{
    m_errors->clear();
    auto stored = m_session.workspace().inspections().issueWarning(
        m_contractor, toDate(m_date->date()), utf8(m_reason->toPlainText().trimmed()), chosenNonconformance(m_nc));
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------

DeductionDialog::DeductionDialog(AppSession& session, const domain::Contractor& contractor,
                                 const std::vector<domain::Nonconformance>& nonconformances, QWidget* parent)
    : ContractorFormDialog(session, parent), m_contractor(contractor.id)
{
    setWindowTitle(tr("Deduct from the monthly fee"));
    resize(500, 0);
    auto* subject = new QLabel(tr("<b>%1</b> (%2), monthly fee %3 yuan")
                                   .arg(qs(contractor.name).toHtmlEscaped(), contractorServiceLabel(contractor.service),
                                        moneyText(contractor.monthlyFee)),
                               this);
    subject->setWordWrap(true);
    m_month = makeDateEdit(this, "monthEdit");
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(toQDate(m_session.zone().localDate(m_session.clock().now())));
    m_amount = makeYuanEdit(this, "amountEdit");
    m_reason = makeTextEdit(this, "reasonEdit", 3);
    m_nc = makeNonconformanceCombo(nonconformances);

    auto* form = makeForm();
    form->addRow(subject);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(QString(), fieldError({"month"}));
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), fieldError({"amount"}));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), fieldError({"reason"}));
    form->addRow(tr("&Nonconformance:"), m_nc);
    form->addRow(QString(), fieldError({"nonconformance"}));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttonBox(this, tr("Deduct")));
}

void DeductionDialog::accept()
{
    m_errors->clear();
    const QDate month = m_month->date();
    const date::year_month ym{date::year{month.year()}, date::month{static_cast<unsigned>(month.month())}};
    auto stored = m_session.workspace().inspections().addDeduction(m_contractor, ym, toFen(m_amount->value()),
                                                                   utf8(m_reason->toPlainText().trimmed()),
                                                                   chosenNonconformance(m_nc));
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

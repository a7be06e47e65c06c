#include "pestvisitdialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "qtconvert.h"

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

QPlainTextEdit* makeTextEdit(QWidget* parent, const char* name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

PestVisitDialog::PestVisitDialog(AppSession& session, const std::vector<domain::Contractor>& contractors,
                                 QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Pest-control sign-in"));
    resize(500, 0);
    m_contractor = new QComboBox(this);
    m_contractor->setObjectName(QStringLiteral("contractorCombo"));
    for (const auto& c : contractors) {
        m_contractor->addItem(qs(c.name), QVariant::fromValue<qlonglong>(c.id.value));
    }
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    m_licence = new QLineEdit(this);
    m_licence->setObjectName(QStringLiteral("licenceEdit"));
    m_licence->setPlaceholderText(tr("As on the operator's licence card"));
    m_areas = new QLineEdit(this);
    m_areas->setObjectName(QStringLiteral("areasEdit"));
    m_areas->setPlaceholderText(tr("Basement, refuse room, green belts"));
    m_treatment = makeTextEdit(this, "treatmentEdit", 2);
    m_treatment->setPlaceholderText(tr("Baits, spraying, the chemicals used"));
    m_notes = makeTextEdit(this, "notesEdit", 2);
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_errors = std::make_unique<FieldErrors>(m_formError);
    const auto fieldError = [this](std::initializer_list<std::string_view> fields) {
        auto* label = new QLabel(this);
        m_errors->add(fields, label);
        return label;
    };
    m_licenceError = fieldError({"licence"});
    m_licenceError->setObjectName(QStringLiteral("licenceError"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Contractor:"), m_contractor);
    form->addRow(QString(), fieldError({"contractor"}));
    form->addRow(tr("&Operator:"), m_operator);
    form->addRow(QString(), fieldError({"operator", "operatorName", "operator_name"}));
    form->addRow(tr("&Licence number:"), m_licence);
    form->addRow(QString(), m_licenceError);
    form->addRow(tr("Signed &in:"), m_time);
    form->addRow(QString(), fieldError({"at", "signedInAt", "signed_in_at"}));
    form->addRow(tr("&Areas:"), m_areas);
    form->addRow(QString(), fieldError({"areas"}));
    form->addRow(tr("&Treatment:"), m_treatment);
    form->addRow(QString(), fieldError({"treatment"}));
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PestVisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PestVisitDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
}

PestVisitDialog::~PestVisitDialog() = default;

bool PestVisitDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void PestVisitDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    domain::PestControlVisit visit;
    visit.contractor = domain::ContractorId{m_contractor->currentData().toLongLong()};
    visit.operatorName = utf8(m_operator->text().trimmed());
    visit.licence = utf8(m_licence->text().trimmed());
    visit.signedInAt = at->value_or(m_session.clock().now());
    visit.areas = utf8(m_areas->text().trimmed());
    visit.treatment = utf8(m_treatment->toPlainText().trimmed());
    visit.notes = utf8(m_notes->toPlainText().trimmed());
    auto stored = m_session.workspace().inspections().signInPestVisit(site->code, std::move(visit));
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

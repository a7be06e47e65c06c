#include "complaintdialogs.h"

#include "appsession.h"
#include "complaintlabels.h"
#include "dialogfit.h"
#include "errortext.h"
#include "fielderrors.h"
#include "labels.h"
#include "qtconvert.h"
#include "ui_complainteventdialog.h"
#include "ui_complaintlinkdialog.h"
#include "ui_complaintrevisitdialog.h"
#include "ui_complaintworkorderdialog.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>
#include <array>
#include <string_view>

namespace propdesk::gui {

namespace {

// The names the complaint backbone gives a step's time.
constexpr std::array<std::string_view, 10> kTimeFields = {"at",          "received_at", "routed_at",    "responded_at",
                                                          "resolved_at", "replied_at",  "revisited_at", "judged_at",
                                                          "noted_at",    "withdrawn_at"};

bool isTimeField(const std::string& field)
{
    return std::find(kTimeFields.begin(), kTimeFields.end(), field) != kTimeFields.end();
}

void addTimeFields(FieldErrors& errors, QLabel* label)
{
    for (const auto field : kTimeFields) {
        errors.add({field}, label);
    }
}

void muted(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // A wrapped label otherwise settles on a narrow column of a few words per line.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(240);
}

// The department a complaint of this kind usually goes to.
domain::Department usualDepartment(domain::ComplaintCategory category)
{
    using C = domain::ComplaintCategory;
    using D = domain::Department;
    switch (category) {
    case C::RepairQuality:
        return D::Engineering;
    case C::Cleaning:
        return D::Cleaning;
    case C::Security:
    case C::Parking:
    case C::Noise:
        return D::Security;
    case C::Fees:
    case C::Other:
        return D::CustomerService;
    case C::StaffConduct:
        return D::Management;
    }
    return D::CustomerService;
}

} // namespace

QString complaintSummary(const domain::ComplaintHeader& c, const domain::TimeZone& zone)
{
    QString text = QStringLiteral("<b>%1</b> · %2 · %3")
                       .arg(qs(c.code).toHtmlEscaped(), complaintCategoryLabel(c.category),
                            c.location.empty() ? QCoreApplication::translate("ComplaintSummary", "no location")
                                               : qs(c.location).toHtmlEscaped());
    text += QStringLiteral("<br>") +
            QCoreApplication::translate("ComplaintSummary", "Received %1 via %2, from %3")
                .arg(formatInstant(c.receivedAt, zone), channelLabel(c.channel),
                     c.resident.empty() ? QCoreApplication::translate("ComplaintSummary", "an unnamed resident")
                                        : qs(c.resident).toHtmlEscaped());
    if (!c.description.empty()) {
        text += QStringLiteral("<br><i>%1</i>").arg(qs(c.description).toHtmlEscaped());
    }
    return text;
}

// ---------------------------------------------------------------------------------------------------------

ComplaintEventDialog::ComplaintEventDialog(AppSession& session, const domain::Complaint& complaint, Kind kind,
                                           QWidget* parent)
    : QDialog(parent), m_session(session), m_id(complaint.header.id), m_kind(kind),
      m_ui(std::make_unique<Ui::ComplaintEventDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(500);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"department"}, m_ui->departmentError);
    m_errors->add({"valid"}, m_ui->verdictError);
    m_errors->add({"note", "text", "response", "resolution", "reply", "verdict_reason", "reason"}, m_ui->textError);
    m_errors->add({"measures"}, m_ui->detailError);
    m_errors->add({"informed_head", "office_head"}, m_ui->headError);
    addTimeFields(*m_errors, m_ui->timeError);

    const auto zone = m_session.zone();
    const auto timeline = complaint.timeline();
    m_ui->complaintLabel->setText(complaintSummary(complaint.header, zone));
    m_ui->timeEdit->setZone(zone);
    m_ui->timeEdit->setDefault(m_session.clock().now());
    // Notes and verdicts may fall between the steps; a step may not come before the previous one.
    const bool step = kind != Kind::Judge && kind != Kind::Note;
    m_ui->timeHint->setText(step ? tr("Now, or when it happened: not before %1, the complaint's previous step.")
                                       .arg(formatInstant(complaint.lastEventAt(), zone))
                                 : tr("Now, or when it happened: not before %1, when the complaint was received.")
                                       .arg(formatInstant(complaint.header.receivedAt, zone)));
    for (auto* hint : {m_ui->timeHint, m_ui->departmentHint, m_ui->verdictHint, m_ui->headHint}) {
        muted(hint);
    }

    for (const auto d : domain::allDepartments()) {
        m_ui->departmentCombo->addItem(departmentLabel(d), static_cast<int>(d));
    }
    m_ui->departmentCombo->setPlaceholderText(tr("Choose the department"));
    m_ui->validRadio->setText(tr("&Valid complaint"));
    m_ui->invalidRadio->setText(tr("&Not a valid complaint"));

    bool department = false;
    bool verdict = false;
    bool detail = false;
    bool head = false;
    QString title;
    QString textLabel;
    QString textHint;
    switch (kind) {
    case Kind::Route:
        title = tr("Route complaint");
        department = true;
        textLabel = tr("&Note:");
        textHint = tr("Optional: what the department should know");
        if (timeline.department) {
            // Re-routing: the current department is not offered again as the default.
            m_ui->departmentCombo->setCurrentIndex(-1);
            m_ui->departmentHint->setText(tr("Now with %1.").arg(departmentLabel(*timeline.department)));
        } else {
            m_ui->departmentCombo->setCurrentIndex(
                m_ui->departmentCombo->findData(static_cast<int>(usualDepartment(complaint.header.category))));
        }
        break;
    case Kind::Respond:
        title = tr("Record response");
        textLabel = tr("&Told the resident:");
        textHint = tr("Required: what the resident was told (the response milestone)");
        break;
    case Kind::Resolve:
        title = tr("Resolve complaint");
        textLabel = tr("Re&solution:");
        textHint = tr("Required: how the complaint was resolved");
        detail = true;
        department = true;
        // The department that resolved it is the one it is with: shown, not chosen here.
        if (timeline.department) {
            m_ui->departmentCombo->setCurrentIndex(
                m_ui->departmentCombo->findData(static_cast<int>(*timeline.department)));
        }
        m_ui->departmentCombo->setEnabled(false);
        m_ui->departmentCombo->setToolTip(tr("Route the complaint to change its department"));
        break;
    case Kind::Reply:
        title = tr("Reply to resident");
        textLabel = tr("&Reply:");
        textHint = tr("Required: what the resident was told about the result");
        head = true;
        break;
    case Kind::Judge:
        title = tr("Record verdict");
        verdict = true;
        textLabel = tr("&Reason:");
        textHint = tr("Required: why the complaint is or is not valid");
        if (timeline.valid) {
            m_ui->verdictHint->setText(
                tr("Replaces the current verdict: %1 (%2).")
                    .arg(*timeline.valid ? tr("valid") : tr("not valid"), qs(timeline.verdictReason)));
        }
        break;
    case Kind::Note:
        title = tr("Add note");
        textLabel = tr("&Note:");
        textHint = tr("Required: a further call, a visit, anything worth keeping");
        break;
    case Kind::Withdraw:
        title = tr("Withdraw complaint");
        textLabel = tr("&Reason:");
        textHint = tr("Required: why the resident withdrew the complaint");
        break;
    }
    setWindowTitle(QStringLiteral("%1 – %2").arg(title, qs(complaint.header.code)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(title);
    m_ui->textLabel->setText(textLabel);
    m_ui->textEdit->setPlaceholderText(textHint);
    m_ui->detailLabel->setText(tr("&Measures:"));
    m_ui->detailEdit->setPlaceholderText(tr("What is done so that it does not happen again"));
    m_ui->headLabel->setText(tr("Office &head:"));
    m_ui->headEdit->setPlaceholderText(tr("Required: name of the office head"));
    m_ui->headHint->setText(tr("The head of the management office, to whom the result was reported."));

    auto* form = m_ui->fieldsLayout;
    form->setRowVisible(m_ui->departmentCombo, department);
    form->setRowVisible(m_ui->departmentHint, department && !m_ui->departmentHint->text().isEmpty());
    form->setRowVisible(m_ui->verdictBox, verdict);
    form->setRowVisible(m_ui->verdictHint, verdict && !m_ui->verdictHint->text().isEmpty());
    form->setRowVisible(m_ui->detailEdit, detail);
    form->setRowVisible(m_ui->headEdit, head);
    form->setRowVisible(m_ui->headHint, head);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintEventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintEventDialog::reject);
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_errors->clear(m_ui->timeError); });
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] { m_errors->clear(m_ui->textError); });
    connect(m_ui->detailEdit, &QPlainTextEdit::textChanged, this, [this] { m_errors->clear(m_ui->detailError); });
    connect(m_ui->headEdit, &QLineEdit::textChanged, this, [this] { m_errors->clear(m_ui->headError); });
    connect(m_ui->departmentCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_errors->clear(m_ui->departmentError); });
    for (auto* radio : {m_ui->validRadio, m_ui->invalidRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this] { m_errors->clear(m_ui->verdictError); });
    }
    if (department && kind == Kind::Route) {
        m_ui->departmentCombo->setFocus();
    } else if (verdict) {
        m_ui->validRadio->setFocus();
    } else {
        m_ui->textEdit->setFocus();
    }
}

ComplaintEventDialog::~ComplaintEventDialog() = default;

void ComplaintEventDialog::showError(const domain::Error& error)
{
    // The services name a time "at" or "received_at"; the dialog shows it beside its one time field.
    if (isTimeField(error.field)) {
        m_errors->show(m_ui->timeError, messageText(error.message));
        return;
    }
    m_errors->show(error);
}

void ComplaintEventDialog::accept()
{
    m_errors->clear();
    std::optional<domain::Department> department;
    if (m_kind == Kind::Route) {
        if (m_ui->departmentCombo->currentIndex() < 0) {
            m_errors->show(m_ui->departmentError, tr("Choose the department the complaint goes to."));
            return;
        }
        department = static_cast<domain::Department>(m_ui->departmentCombo->currentData().toInt());
    }
    if (m_kind == Kind::Judge && !m_ui->validRadio->isChecked() && !m_ui->invalidRadio->isChecked()) {
        m_errors->show(m_ui->verdictError, tr("Say whether the complaint is valid."));
        return;
    }
    auto at = m_ui->timeEdit->chosen();
    if (!at) {
        showError(at.error());
        return;
    }
    const std::string text = utf8(m_ui->textEdit->toPlainText().trimmed());
    auto& complaints = m_session.workspace().complaints();
    domain::Result<domain::Complaint> done = [&] {
        switch (m_kind) {
        case Kind::Route:
            return complaints.route(m_id, *department, text, *at);
        case Kind::Respond:
            return complaints.respond(m_id, text, *at);
        case Kind::Resolve:
            return complaints.resolve(m_id, text, utf8(m_ui->detailEdit->toPlainText().trimmed()), *at);
        case Kind::Reply:
            return complaints.reply(m_id, text, utf8(m_ui->headEdit->text().trimmed()), *at);
        case Kind::Judge:
            return complaints.judge(m_id, m_ui->validRadio->isChecked(), text, *at);
        case Kind::Note:
            return complaints.note(m_id, text, *at);
        case Kind::Withdraw:
            return complaints.withdraw(m_id, text, *at);
        }
        return complaints.get(m_id);
    }();
    if (!done) {
        showError(done.error());
        return;
    }
    m_result = std::move(*done);
    QDialog::accept();
}

bool ComplaintEventDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

// ---------------------------------------------------------------------------------------------------------

ComplaintRevisitDialog::ComplaintRevisitDialog(AppSession& session, const domain::Complaint& complaint, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(complaint.header.id),
      m_ui(std::make_unique<Ui::ComplaintRevisitDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(480);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"satisfaction"}, m_ui->satisfactionError);
    m_errors->add({"comment", "note", "revisit_comment"}, m_ui->commentError);
    addTimeFields(*m_errors, m_ui->timeError);

    const auto zone = m_session.zone();
    const auto timeline = complaint.timeline();
    setWindowTitle(tr("Revisit – %1").arg(qs(complaint.header.code)));
    QString summary = complaintSummary(complaint.header, zone);
    if (!timeline.reply.empty()) {
        summary += QStringLiteral("<br>") + tr("Replied: %1").arg(qs(timeline.reply).toHtmlEscaped());
    }
    m_ui->complaintLabel->setText(summary);
    m_ui->timeEdit->setZone(zone);
    m_ui->timeEdit->setDefault(m_session.clock().now());
    m_ui->timeHint->setText(tr("Now, or when the call took place: not before %1, when the resident was replied to.")
                                .arg(formatInstant(complaint.lastEventAt(), zone)));
    muted(m_ui->timeHint);
    m_ui->commentHint->setText(tr("Required for a rating of %1 or %2: the reason is followed up.")
                                   .arg(satisfactionLabel(2), satisfactionLabel(1)));
    muted(m_ui->commentHint);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record revisit"));

    m_ratings = new QButtonGroup(this);
    const std::pair<QRadioButton*, int> ratings[] = {
        {m_ui->rating5, 5}, {m_ui->rating4, 4}, {m_ui->rating3, 3}, {m_ui->rating2, 2}, {m_ui->rating1, 1}};
    for (const auto& [button, value] : ratings) {
        button->setText(satisfactionLabel(value));
        m_ratings->addButton(button, value);
    }
    // The resident may decline to rate; that is said, not left out by accident.
    m_ui->ratingNone->setText(tr("No rating given"));
    m_ratings->addButton(m_ui->ratingNone, 0);
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ratings, &QButtonGroup::idClicked, this, [this, ok] {
        ok->setEnabled(true);
        m_errors->clear(m_ui->satisfactionError);
    });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintRevisitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintRevisitDialog::reject);
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_errors->clear(m_ui->timeError); });
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, [this] { m_errors->clear(m_ui->commentError); });
    m_ui->rating5->setFocus();
}

ComplaintRevisitDialog::~ComplaintRevisitDialog() = default;

void ComplaintRevisitDialog::accept()
{
    m_errors->clear();
    const int rating = m_ratings->checkedId();
    if (rating < 0) {
        m_errors->show(m_ui->satisfactionError,
                       tr("Choose how satisfied the resident is, or that no rating was given."));
        return;
    }
    auto at = m_ui->timeEdit->chosen();
    if (!at) {
        m_errors->show(m_ui->timeError, messageText(at.error().message));
        return;
    }
    const std::optional<int> satisfaction = rating == 0 ? std::nullopt : std::optional(rating);
    auto done = m_session.workspace().complaints().revisit(m_id, satisfaction,
                                                           utf8(m_ui->commentEdit->toPlainText().trimmed()), *at);
    if (!done) {
        if (isTimeField(done.error().field)) {
            m_errors->show(m_ui->timeError, messageText(done.error().message));
        } else {
            m_errors->show(done.error());
        }
        return;
    }
    m_result = std::move(*done);
    QDialog::accept();
}

bool ComplaintRevisitDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

// ---------------------------------------------------------------------------------------------------------

namespace {

// The orders a complaint may be about: the site's most recent ones.
constexpr int kOfferedOrders = 300;

} // namespace

ComplaintLinkDialog::ComplaintLinkDialog(AppSession& session, const domain::Complaint& complaint, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(complaint.header.id), m_ui(std::make_unique<Ui::ComplaintLinkDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(480);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"work_order", "code", "work_order_code"}, m_ui->codeError);
    setWindowTitle(tr("Link work order – %1").arg(qs(complaint.header.code)));
    m_ui->complaintLabel->setText(complaintSummary(complaint.header, m_session.zone()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    m_ui->codeEdit->setPlaceholderText(tr("The code of an order of this site"));
    muted(m_ui->orderHint);

    domain::WorkOrderFilter filter;
    filter.site = complaint.header.siteId;
    auto orders = m_session.workspace().workOrderLists().find(filter, std::nullopt, kOfferedOrders);
    if (orders) {
        m_orders = std::move(*orders);
    }
    // The popup says which order a code is; what is matched and filled in is the code alone.
    auto* model = new QStandardItemModel(this);
    for (const auto& o : m_orders) {
        auto* item =
            new QStandardItem(QStringLiteral("%1  %2 · %3 · %4")
                                  .arg(qs(o.header.code), qs(o.header.location), statusLabel(o.timeline.status()),
                                       qs(o.header.description).simplified().left(30)));
        item->setData(qs(o.header.code), Qt::UserRole);
        model->appendRow(item);
    }
    auto* completer = new QCompleter(model, this);
    completer->setCompletionRole(Qt::UserRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->codeEdit->setCompleter(completer);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintLinkDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintLinkDialog::reject);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, [this] {
        m_errors->clear(m_ui->codeError);
        describeTyped();
    });
    describeTyped();
    m_ui->codeEdit->setFocus();
}

ComplaintLinkDialog::~ComplaintLinkDialog() = default;

int ComplaintLinkDialog::offeredOrders() const
{
    return static_cast<int>(m_orders.size());
}

void ComplaintLinkDialog::describeTyped()
{
    const std::string code = utf8(m_ui->codeEdit->text().trimmed());
    const auto it =
        std::find_if(m_orders.begin(), m_orders.end(), [&](const auto& o) { return o.header.code == code; });
    if (it == m_orders.end()) {
        m_ui->orderHint->setText(tr("Type a few digits of the code to choose among the site's recent orders."));
        return;
    }
    m_ui->orderHint->setText(tr("%1 · %2 · %3, reported %4")
                                 .arg(qs(it->header.location), categoryLabel(it->header.category),
                                      statusLabel(it->timeline.status()),
                                      formatInstant(it->header.reportedAt, m_session.zone())));
}

void ComplaintLinkDialog::accept()
{
    m_errors->clear();
    const std::string code = utf8(m_ui->codeEdit->text().trimmed());
    if (code.empty()) {
        m_errors->show(m_ui->codeError, tr("Name the work order."));
        return;
    }
    auto done = m_session.workspace().complaints().linkWorkOrder(m_id, code);
    if (!done) {
        // An unknown code is the field's problem whatever the error's kind.
        if (done.error().code == domain::ErrorCode::NotFound) {
            m_errors->show(m_ui->codeError, messageText(done.error().message));
        } else {
            m_errors->show(done.error());
        }
        return;
    }
    m_result = std::move(*done);
    QDialog::accept();
}

bool ComplaintLinkDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

// ---------------------------------------------------------------------------------------------------------

ComplaintWorkOrderDialog::ComplaintWorkOrderDialog(AppSession& session, const domain::Complaint& complaint,
                                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_id(complaint.header.id),
      m_ui(std::make_unique<Ui::ComplaintWorkOrderDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(500);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"category"}, m_ui->categoryError);
    m_errors->add({"urgency"}, m_ui->urgencyError);
    m_errors->add({"description"}, m_ui->descriptionError);
    setWindowTitle(tr("Raise work order – %1").arg(qs(complaint.header.code)));
    m_ui->complaintLabel->setText(complaintSummary(complaint.header, m_session.zone()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Raise work order"));

    for (const auto c : domain::allCategories()) {
        m_ui->categoryCombo->addItem(categoryLabel(c), static_cast<int>(c));
    }
    m_ui->categoryCombo->setPlaceholderText(tr("Choose the trade"));
    m_ui->categoryCombo->setCurrentIndex(-1);
    for (const auto u : domain::allUrgencies()) {
        m_ui->urgencyCombo->addItem(urgencyLabel(u), static_cast<int>(u));
    }
    m_ui->urgencyCombo->setCurrentIndex(m_ui->urgencyCombo->findData(static_cast<int>(domain::Urgency::Normal)));
    m_ui->descriptionEdit->setPlainText(qs(complaint.header.description));
    m_ui->descriptionHint->setText(
        tr("Logged now at %1 for %2 and linked to this complaint.")
            .arg(complaint.header.location.empty() ? tr("the complaint's location") : qs(complaint.header.location),
                 complaint.header.resident.empty() ? tr("the resident") : qs(complaint.header.resident)));
    muted(m_ui->descriptionHint);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintWorkOrderDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintWorkOrderDialog::reject);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_errors->clear(m_ui->categoryError); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_errors->clear(m_ui->descriptionError); });
    m_ui->categoryCombo->setFocus();
}

ComplaintWorkOrderDialog::~ComplaintWorkOrderDialog() = default;

void ComplaintWorkOrderDialog::accept()
{
    m_errors->clear();
    if (m_ui->categoryCombo->currentIndex() < 0) {
        m_errors->show(m_ui->categoryError, tr("Choose the trade the repair needs."));
        return;
    }
    services::SpawnedOrder order;
    order.category = static_cast<domain::Category>(m_ui->categoryCombo->currentData().toInt());
    order.urgency = static_cast<domain::Urgency>(m_ui->urgencyCombo->currentData().toInt());
    order.description = utf8(m_ui->descriptionEdit->toPlainText().trimmed());
    auto done = m_session.workspace().complaints().spawnWorkOrder(m_id, order);
    if (!done) {
        m_errors->show(done.error());
        return;
    }
    m_result = std::move(done->first);
    m_order = std::move(done->second);
    QDialog::accept();
}

bool ComplaintWorkOrderDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui

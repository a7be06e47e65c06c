#include "complaintintakeform.h"

#include "appsession.h"
#include "complaintlabels.h"
#include "errortext.h"
#include "fielderrors.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"
#include "services/complaintservice.h"
#include "services/intakeservice.h"
#include "services/workorderlists.h"
#include "services/workorderservice.h"
#include "ui_complaintintakeform.h"

#include <QCompleter>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>

#include <algorithm>

namespace propdesk::gui {

namespace {

constexpr int kPreviewDelayMs = 150;
// The received time shown as "now", and the time left in the preview, go stale while a call drags on.
constexpr int kRefreshMs = 30'000;
constexpr int kConfirmationMs = 10'000;

QString trimmed(const QString& text)
{
    return text.simplified();
}

} // namespace

ComplaintIntakeForm::ComplaintIntakeForm(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::ComplaintIntakeForm>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->locationEdit);

    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"location"}, m_ui->locationError);
    m_errors->add({"resident"}, m_ui->residentError);
    m_errors->add({"phone"}, m_ui->phoneError);
    m_errors->add({"description"}, m_ui->descriptionError);
    m_errors->add({"department"}, m_ui->departmentError);
    m_errors->add({"work_order"}, m_ui->workOrderError);
    m_errors->add({"received_at", "at"}, m_ui->receivedError);

    for (const auto channel : domain::allComplaintChannels()) {
        m_ui->channelCombo->addItem(channelLabel(channel), static_cast<int>(channel));
    }
    for (const auto category : domain::allComplaintCategories()) {
        m_ui->categoryCombo->addItem(complaintCategoryLabel(category), static_cast<int>(category));
    }
    m_ui->departmentCombo->addItem(tr("Not yet (route it later)"), -1);
    for (const auto department : domain::allDepartments()) {
        m_ui->departmentCombo->addItem(departmentLabel(department), static_cast<int>(department));
    }

    m_locationModel = new QStringListModel(this);
    auto* locations = new QCompleter(m_locationModel, this);
    locations->setFilterMode(Qt::MatchContains);
    locations->setCaseSensitivity(Qt::CaseInsensitive);
    locations->setCompletionMode(QCompleter::PopupCompletion);
    locations->setMaxVisibleItems(12);
    m_ui->locationEdit->setCompleter(locations);
    connect(locations, qOverload<const QString&>(&QCompleter::activated), this, &ComplaintIntakeForm::locationChosen);
    connect(m_ui->locationEdit, &QLineEdit::editingFinished, this,
            [this] { locationChosen(m_ui->locationEdit->text()); });

    m_workOrderModel = new QStringListModel(this);
    auto* orders = new QCompleter(m_workOrderModel, this);
    orders->setFilterMode(Qt::MatchContains);
    orders->setCaseSensitivity(Qt::CaseInsensitive);
    orders->setCompletionMode(QCompleter::PopupCompletion);
    orders->setMaxVisibleItems(12);
    m_ui->workOrderEdit->setCompleter(orders);
    m_ui->workOrderEdit->setToolTip(tr("The work order the complaint is about, e.g. a repair that did not hold; "
                                       "the site's open orders are offered as you type"));

    m_ui->firstResponderLabel->setToolTip(
        tr("First-contact responsibility: whoever takes the complaint follows it to the end"));
    m_ui->confirmationLabel->hide();

    const QString saveKeys = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
    m_ui->saveButton->setToolTip(tr("Take the complaint (%1)").arg(saveKeys));
    m_ui->clearButton->setToolTip(tr("Empty the form for the next complaint (%1)")
                                      .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    for (const auto& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ComplaintIntakeForm::takeComplaint);
    }
    auto* clearShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    clearShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(clearShortcut, &QShortcut::activated, this, &ComplaintIntakeForm::clear);

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ComplaintIntakeForm::takeComplaint);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ComplaintIntakeForm::clear);

    // A change clears the refusal shown next to that field; those that move a deadline re-read the preview.
    const auto changed = [this](QLabel* error, bool preview) {
        return [this, error, preview] {
            m_errors->clear(error);
            m_errors->clear(m_ui->formError);
            if (preview) {
                schedulePreview();
            }
        };
    };
    connect(m_ui->locationEdit, &QLineEdit::textChanged, this, changed(m_ui->locationError, false));
    connect(m_ui->residentEdit, &QLineEdit::textChanged, this, changed(m_ui->residentError, false));
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &ComplaintIntakeForm::validatePhone);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, changed(m_ui->descriptionError, false));
    connect(m_ui->workOrderEdit, &QLineEdit::textChanged, this, changed(m_ui->workOrderError, false));
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, changed(m_ui->formError, true));
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, changed(m_ui->formError, true));
    connect(m_ui->departmentCombo, &QComboBox::currentIndexChanged, this, changed(m_ui->departmentError, true));
    connect(m_ui->receivedEdit, &QDateTimeEdit::dateTimeChanged, this, changed(m_ui->receivedError, true));

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComplaintIntakeForm::updatePreview);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_ui->receivedEdit->edited()) {
            m_ui->receivedEdit->setDefault(m_session.clock().now());
        }
        schedulePreview();
    });
    m_refreshTimer.start();
    m_confirmationTimer.setSingleShot(true);
    m_confirmationTimer.setInterval(kConfirmationMs);
    connect(&m_confirmationTimer, &QTimer::timeout, m_ui->confirmationLabel, &QLabel::hide);

    connect(&m_session, &AppSession::userChanged, this, &ComplaintIntakeForm::updateUser);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        reloadLocations();
        reloadWorkOrders();
        clear();
    });
    connect(&m_session, &AppSession::ordersChanged, this, [this] {
        reloadLocations();
        reloadWorkOrders();
    });

    updateUser();
    reloadLocations();
    reloadWorkOrders();
    clear();
}

ComplaintIntakeForm::~ComplaintIntakeForm()
{
    // The focused location field says editingFinished as the widgets go: the form must no longer answer.
    m_ui->locationEdit->disconnect(this);
}

domain::Result<services::NewComplaint> ComplaintIntakeForm::readForm() const
{
    services::NewComplaint complaint;
    if (m_session.site()) {
        complaint.siteCode = m_session.site()->code;
    }
    complaint.channel = static_cast<domain::ComplaintChannel>(m_ui->channelCombo->currentData().toInt());
    complaint.category = static_cast<domain::ComplaintCategory>(m_ui->categoryCombo->currentData().toInt());
    complaint.resident = utf8(trimmed(m_ui->residentEdit->text()));
    complaint.phone = utf8(trimmed(m_ui->phoneEdit->text()));
    complaint.location = utf8(trimmed(m_ui->locationEdit->text()));
    complaint.description = utf8(m_ui->descriptionEdit->toPlainText().trimmed());
    if (const int department = m_ui->departmentCombo->currentData().toInt(); department >= 0) {
        complaint.department = static_cast<domain::Department>(department);
    }
    if (const QString order = trimmed(m_ui->workOrderEdit->text()); !order.isEmpty()) {
        complaint.workOrder = utf8(order);
    }
    auto received = m_ui->receivedEdit->chosen();
    if (!received) {
        auto error = received.error();
        error.field = "received_at";
        return std::unexpected(std::move(error));
    }
    complaint.receivedAt = *received;
    return complaint;
}

bool ComplaintIntakeForm::takeComplaint()
{
    m_errors->clear();
    if (!m_session.isOpen() || !m_session.site()) {
        m_errors->show(m_ui->formError, tr("There is no site to take the complaint for: add one in Settings."));
        return false;
    }
    auto request = readForm();
    if (!request) {
        m_errors->show(request.error());
        return false;
    }
    auto complaint = m_session.workspace().complaints().receive(*request);
    if (!complaint) {
        m_errors->show(complaint.error());
        return false;
    }
    const auto& h = complaint->header;
    const QString code = qs(h.code);
    const auto timeline = complaint->timeline();
    clear();
    showConfirmation(timeline.department
                         ? tr("Took complaint %1 and routed it to %2.").arg(code, departmentLabel(*timeline.department))
                         : tr("Took complaint %1.").arg(code));
    m_session.notifyComplaintsChanged();
    emit complaintTaken(h.id, code);
    return true;
}

void ComplaintIntakeForm::clear()
{
    m_ui->locationEdit->clear();
    m_ui->residentEdit->clear();
    m_ui->phoneEdit->clear();
    m_ui->descriptionEdit->clear();
    m_ui->workOrderEdit->clear();
    m_ui->channelCombo->setCurrentIndex(0);
    m_ui->categoryCombo->setCurrentIndex(0);
    m_ui->departmentCombo->setCurrentIndex(0);
    m_ui->receivedEdit->setZone(m_session.zone());
    m_ui->receivedEdit->setDefault(m_session.clock().now());
    m_errors->clear();
    updatePreview();
    m_ui->locationEdit->setFocus();
}

void ComplaintIntakeForm::schedulePreview()
{
    m_previewTimer.start();
}

void ComplaintIntakeForm::updatePreview()
{
    m_previewTimer.stop();
    m_ui->saveButton->setEnabled(m_session.isOpen() && m_session.site());
    if (!m_session.isOpen() || !m_session.site()) {
        m_ui->previewResponse->setText(tr("No site is selected."));
        m_ui->previewResolution->clear();
        m_ui->previewRules->clear();
        return;
    }
    auto request = readForm();
    if (!request) {
        m_errors->show(request.error());
        return;
    }
    const auto now = m_session.clock().now();
    // The complaint as it would be stored, measured now: the rules choose by its category and channel.
    domain::Complaint draft;
    draft.header.siteId = m_session.site()->id;
    draft.header.channel = request->channel;
    draft.header.category = request->category;
    draft.header.receivedAt = std::min(request->receivedAt.value_or(now), now);
    domain::ComplaintEvent received;
    received.kind = domain::ComplaintEventKind::Received;
    received.at = draft.header.receivedAt;
    received.recordedAt = now;
    draft.history.push_back(received);
    auto evaluation = m_session.workspace().complaints().evaluate(draft, now);
    if (!evaluation) {
        m_ui->previewResponse->setText(errorText(evaluation.error()));
        m_ui->previewResolution->clear();
        m_ui->previewRules->clear();
        return;
    }
    const auto zone = m_session.zone();
    const auto line = [&](const rules::MilestoneResult& result) {
        const QString milestone = milestoneLabel(result.milestone);
        if (!result.measured() || !result.deadline) {
            return tr("%1: no rule applies").arg(milestone);
        }
        const QDateTime deadline = toDateTime(*result.deadline, zone);
        const QString when = deadline.date() == toDateTime(now, zone).date()
                                 ? deadline.time().toString(QStringLiteral("HH:mm"))
                                 : formatInstant(*result.deadline, zone);
        const auto left = *result.deadline - now;
        if (left.count() < 0) {
            return tr("%1 by <b>%2</b> (overdue by %3)").arg(milestone, when, formatDuration(-left));
        }
        return tr("%1 by <b>%2</b> (%3 left)").arg(milestone, when, formatDuration(left));
    };
    m_ui->previewResponse->setText(line(evaluation->response));
    m_ui->previewResolution->setText(line(evaluation->resolution));
    QStringList rules;
    for (const auto* result : {&evaluation->response, &evaluation->resolution}) {
        if (result->measured() && !result->ruleId.empty()) {
            rules << qs(result->ruleId);
        }
    }
    m_ui->previewRules->setText(rules.isEmpty() ? tr("No rule measures this complaint.")
                                                : tr("Rules: %1").arg(rules.join(QStringLiteral(", "))));
    m_ui->previewRules->setToolTip(evaluation->ruleSet ? tr("Rule set %1").arg(qs(evaluation->ruleSet->name))
                                                       : QString());
}

void ComplaintIntakeForm::reloadLocations()
{
    m_lastCaller.clear();
    QStringList locations;
    if (m_session.isOpen() && m_session.site()) {
        if (auto known = m_session.workspace().intake().knownLocations(m_session.site()->code)) {
            for (const auto& place : *known) {
                const QString location = qs(place.location);
                locations << location;
                m_lastCaller[location] = {qs(place.reporter), qs(place.phone)};
            }
        }
    }
    m_locationModel->setStringList(locations);
}

void ComplaintIntakeForm::reloadWorkOrders()
{
    QStringList codes;
    if (m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ReadRecords)) {
        if (auto board = m_session.workspace().workOrderLists().board(m_session.site()->code)) {
            for (const auto& entry : *board) {
                codes << qs(entry.order.header.code);
            }
        } else {
            logger()->warn("cannot read the open work orders of {}: {}", m_session.site()->code,
                           board.error().describe());
        }
    }
    codes.sort();
    m_workOrderModel->setStringList(codes);
}

void ComplaintIntakeForm::locationChosen(const QString& location)
{
    const auto it = m_lastCaller.find(trimmed(location));
    if (it == m_lastCaller.end()) {
        return;
    }
    if (m_ui->residentEdit->text().trimmed().isEmpty() && m_ui->phoneEdit->text().trimmed().isEmpty()) {
        m_ui->residentEdit->setText(it->second.first);
        m_ui->phoneEdit->setText(it->second.second);
    }
}

void ComplaintIntakeForm::validatePhone()
{
    if (services::isValidPhone(utf8(trimmed(m_ui->phoneEdit->text())))) {
        m_errors->clear(m_ui->phoneError);
    } else {
        m_errors->show(m_ui->phoneError, tr("A phone number has 5 to 20 digits (spaces, dashes and a leading + "
                                            "are fine)."));
    }
    m_errors->clear(m_ui->formError);
}

void ComplaintIntakeForm::updateUser()
{
    const domain::User& user = m_session.user();
    m_ui->firstResponderValue->setText(
        user.role == domain::Role::None ? tr("nobody is signed in")
                                        : tr("%1 (%2)", "user name (role)").arg(qs(user.name), roleLabel(user.role)));
}

void ComplaintIntakeForm::showConfirmation(const QString& text)
{
    m_ui->confirmationLabel->setText(text);
    m_ui->confirmationLabel->show();
    m_confirmationTimer.start();
}

} // namespace propdesk::gui

#include "intakeform.h"

#include "appsession.h"
#include "errortext.h"
#include "fielderrors.h"
#include "labels.h"
#include "qtconvert.h"
#include "services/intakeservice.h"
#include "services/workorderservice.h"
#include "ui_intakeform.h"

#include <QCompleter>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>

namespace propdesk::gui {

namespace {

constexpr int kPreviewDelayMs = 150;
// The time left in the preview goes stale while a call drags on.
constexpr int kPreviewRefreshMs = 30'000;
constexpr int kConfirmationMs = 10'000;
constexpr qsizetype kDescriptionPreviewChars = 60;

QString trimmed(const QString& text)
{
    return text.simplified();
}

QString ruleName(const rules::MilestoneResult& result)
{
    return result.byDueAt ? IntakeForm::tr("agreed time") : qs(result.ruleId);
}

} // namespace

IntakeForm::IntakeForm(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::IntakeForm>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->locationEdit);

    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"location"}, m_ui->locationError);
    m_errors->add({"phone"}, m_ui->phoneError);
    m_errors->add({"due_at"}, m_ui->dueError);
    m_errors->add({"reported_at", "at", "note"}, m_ui->reportedError);

    for (const auto category : domain::allCategories()) {
        m_ui->categoryCombo->addItem(categoryLabel(category), static_cast<int>(category));
    }
    for (const auto urgency : domain::allUrgencies()) {
        m_ui->urgencyCombo->addItem(urgencyLabel(urgency), static_cast<int>(urgency));
    }

    m_locationModel = new QStringListModel(this);
    m_completer = new QCompleter(m_locationModel, this);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_ui->locationEdit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &IntakeForm::locationChosen);
    connect(m_ui->locationEdit, &QLineEdit::editingFinished, this,
            [this] { locationChosen(m_ui->locationEdit->text()); });

    m_ui->reworkBanner->hide();
    m_ui->suggestionFrame->hide();
    m_ui->duplicatesFrame->hide();
    m_ui->confirmationLabel->hide();
    m_ui->dueEdit->setEnabled(false);
    m_ui->reportedEdit->setEnabled(false);

    const QString logKeys = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
    m_ui->logButton->setToolTip(tr("Log the order (%1)").arg(logKeys));
    m_ui->clearButton->setToolTip(tr("Empty the form for the next call (%1)")
                                      .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    for (const auto& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakeForm::logOrder);
    }
    m_clearShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_clearShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_clearShortcut, &QShortcut::activated, this, &IntakeForm::clear);

    connect(m_ui->logButton, &QPushButton::clicked, this, &IntakeForm::logOrder);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &IntakeForm::clear);
    connect(m_ui->useEmergencyButton, &QPushButton::clicked, this, &IntakeForm::useEmergency);
    connect(m_ui->dueCheck, &QCheckBox::toggled, this, &IntakeForm::dueToggled);
    connect(m_ui->reportedCheck, &QCheckBox::toggled, this, &IntakeForm::reportedToggled);

    // Any change re-reads the preview a moment later, and clears the refusal shown next to that field.
    const auto changed = [this](QLabel* error) {
        return [this, error] {
            m_errors->clear(error);
            m_errors->clear(m_ui->formError);
            schedulePreview();
        };
    };
    connect(m_ui->locationEdit, &QLineEdit::textChanged, this, changed(m_ui->locationError));
    connect(m_ui->reporterEdit, &QLineEdit::textChanged, this, changed(m_ui->formError));
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &IntakeForm::validatePhone);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, changed(m_ui->formError));
    connect(m_ui->urgencyCombo, &QComboBox::currentIndexChanged, this, changed(m_ui->formError));
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, changed(m_ui->formError));
    connect(m_ui->dueEdit, &QDateTimeEdit::dateTimeChanged, this, changed(m_ui->dueError));
    connect(m_ui->reportedEdit, &QDateTimeEdit::dateTimeChanged, this, changed(m_ui->reportedError));

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &IntakeForm::updatePreview);
    m_refreshTimer.setInterval(kPreviewRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &IntakeForm::schedulePreview);
    m_refreshTimer.start();
    m_confirmationTimer.setSingleShot(true);
    m_confirmationTimer.setInterval(kConfirmationMs);
    connect(&m_confirmationTimer, &QTimer::timeout, m_ui->confirmationLabel, &QLabel::hide);

    connect(&m_session, &AppSession::siteChanged, this, [this] {
        reloadLocations();
        clear();
    });
    connect(&m_session, &AppSession::ordersChanged, this, [this] {
        reloadLocations();
        schedulePreview();
    });

    reloadLocations();
    clear();
}

IntakeForm::~IntakeForm()
{
    // The focused location field loses its focus as the widgets go, and says editingFinished: by then the
    // form's members are gone, so it must no longer answer.
    m_ui->locationEdit->disconnect(this);
}

void IntakeForm::prefill(const services::NewWorkOrder& order)
{
    clear();
    m_ui->locationEdit->setText(qs(order.location));
    m_ui->reporterEdit->setText(qs(order.reporter));
    m_ui->phoneEdit->setText(qs(order.phone));
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(static_cast<int>(order.category)));
    m_ui->urgencyCombo->setCurrentIndex(m_ui->urgencyCombo->findData(static_cast<int>(order.urgency)));
    m_ui->descriptionEdit->setPlainText(qs(order.description));
    m_reworkOf = order.reworkOf;
    if (m_reworkOf) {
        m_ui->reworkBanner->setText(tr("Rework of order <b>%1</b>: the repair did not hold.").arg(qs(*m_reworkOf)));
        m_ui->reworkBanner->show();
    }
    // In a dialog Esc should close it, not empty the form.
    m_clearShortcut->setEnabled(!m_reworkOf);
    m_ui->descriptionEdit->setFocus();
    updatePreview();
}

domain::Result<services::NewWorkOrder> IntakeForm::readForm() const
{
    services::NewWorkOrder order;
    if (m_session.site()) {
        order.siteCode = m_session.site()->code;
    }
    order.location = utf8(trimmed(m_ui->locationEdit->text()));
    order.reporter = utf8(trimmed(m_ui->reporterEdit->text()));
    order.phone = utf8(trimmed(m_ui->phoneEdit->text()));
    order.category = static_cast<domain::Category>(m_ui->categoryCombo->currentData().toInt());
    order.urgency = static_cast<domain::Urgency>(m_ui->urgencyCombo->currentData().toInt());
    order.description = utf8(m_ui->descriptionEdit->toPlainText().trimmed());
    order.reworkOf = m_reworkOf;
    if (m_ui->reportedCheck->isChecked()) {
        auto reported = m_ui->reportedEdit->chosen();
        if (!reported) {
            auto error = reported.error();
            error.field = "reported_at";
            return std::unexpected(std::move(error));
        }
        order.reportedAt = *reported;
    }
    if (m_ui->dueCheck->isChecked()) {
        auto due = m_ui->dueEdit->instant();
        if (!due) {
            auto error = due.error();
            error.field = "due_at";
            return std::unexpected(std::move(error));
        }
        order.dueAt = *due;
    }
    return order;
}

bool IntakeForm::logOrder()
{
    m_errors->clear();
    if (!m_session.isOpen() || !m_session.site()) {
        m_errors->show(m_ui->formError, tr("There is no site to log the order for: add one in Settings."));
        return false;
    }
    if (!m_ui->logButton->isEnabled()) {
        validatePhone();
        return false;
    }
    auto request = readForm();
    if (!request) {
        m_errors->show(request.error());
        return false;
    }
    auto order = m_session.workspace().workOrders().log(*request);
    if (!order) {
        m_errors->show(order.error());
        return false;
    }
    const QString code = qs(order->header.code);
    clear();
    showConfirmation(tr("Logged order %1.").arg(code));
    m_session.notifyOrdersChanged();
    emit orderLogged(order->header.id, code);
    return true;
}

bool IntakeForm::linkCall(domain::WorkOrderId existing)
{
    m_errors->clear();
    if (!m_session.isOpen()) {
        return false;
    }
    auto request = readForm();
    if (!request) {
        m_errors->show(request.error());
        return false;
    }
    auto order = m_session.workspace().intake().linkCall(existing, *request);
    if (!order) {
        m_errors->show(order.error());
        return false;
    }
    const QString code = qs(order->header.code);
    clear();
    showConfirmation(tr("The call was added to order %1.").arg(code));
    m_session.notifyOrdersChanged();
    emit callLinked(order->header.id, code);
    return true;
}

void IntakeForm::clear()
{
    m_ui->locationEdit->clear();
    m_ui->reporterEdit->clear();
    m_ui->phoneEdit->clear();
    m_ui->categoryCombo->setCurrentIndex(0);
    m_ui->urgencyCombo->setCurrentIndex(m_ui->urgencyCombo->findData(static_cast<int>(domain::Urgency::Normal)));
    m_ui->descriptionEdit->clear();
    m_ui->dueCheck->setChecked(false);
    m_ui->reportedCheck->setChecked(false);
    // Disabled, they still show a sensible time rather than Qt's 2000-01-01.
    for (auto* edit : {m_ui->dueEdit, m_ui->reportedEdit}) {
        edit->setZone(m_session.zone());
        edit->setDefault(m_session.clock().now());
    }
    m_reworkOf.reset();
    m_ui->reworkBanner->hide();
    m_clearShortcut->setEnabled(true);
    m_errors->clear();
    validatePhone();
    updatePreview();
    m_ui->locationEdit->setFocus();
}

void IntakeForm::schedulePreview()
{
    m_previewTimer.start();
}

void IntakeForm::updatePreview()
{
    m_previewTimer.stop();
    if (!m_session.isOpen() || !m_session.site()) {
        m_ui->previewArrival->setText(tr("No site is selected."));
        m_ui->previewCompletion->clear();
        m_ui->previewRules->clear();
        m_ui->suggestionFrame->hide();
        showDuplicates({});
        return;
    }
    auto request = readForm();
    if (!request) {
        m_errors->show(request.error());
        return;
    }

    const auto suggested = services::suggestUrgency(request->category, request->description);
    m_ui->suggestionFrame->setVisible(suggested == domain::Urgency::Emergency &&
                                      request->urgency != domain::Urgency::Emergency);

    auto& intake = m_session.workspace().intake();
    if (auto duplicates = intake.possibleDuplicates(*request)) {
        showDuplicates(*duplicates);
    } else {
        showDuplicates({});
    }

    auto preview = intake.preview(*request);
    if (!preview) {
        m_ui->previewArrival->setText(errorText(preview.error()));
        m_ui->previewCompletion->clear();
        m_ui->previewRules->clear();
        return;
    }
    const auto zone = m_session.zone();
    const auto now = m_session.clock().now();
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
    m_ui->previewArrival->setText(line(preview->arrival));
    m_ui->previewCompletion->setText(line(preview->completion));
    QStringList rules;
    for (const auto* result : {&preview->arrival, &preview->completion}) {
        if (result->measured()) {
            rules << ruleName(*result);
        }
    }
    m_ui->previewRules->setText(rules.isEmpty() ? tr("No rule measures this order.")
                                                : tr("Rules: %1").arg(rules.join(QStringLiteral(", "))));
    m_ui->previewRules->setToolTip(preview->ruleSet ? tr("Rule set %1").arg(qs(preview->ruleSet->name)) : QString());
}

void IntakeForm::reloadLocations()
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

void IntakeForm::locationChosen(const QString& location)
{
    const auto it = m_lastCaller.find(trimmed(location));
    if (it == m_lastCaller.end()) {
        return;
    }
    if (m_ui->reporterEdit->text().trimmed().isEmpty() && m_ui->phoneEdit->text().trimmed().isEmpty()) {
        m_ui->reporterEdit->setText(it->second.first);
        m_ui->phoneEdit->setText(it->second.second);
    }
}

void IntakeForm::validatePhone()
{
    const bool valid = services::isValidPhone(utf8(trimmed(m_ui->phoneEdit->text())));
    if (valid) {
        m_errors->clear(m_ui->phoneError);
    } else {
        m_errors->show(m_ui->phoneError, tr("A phone number has 5 to 20 digits (spaces, dashes and a leading + "
                                            "are fine)."));
    }
    m_errors->clear(m_ui->formError);
    updateLogButton();
    schedulePreview();
}

void IntakeForm::updateLogButton()
{
    const bool valid = services::isValidPhone(utf8(trimmed(m_ui->phoneEdit->text())));
    m_ui->logButton->setEnabled(valid && m_session.isOpen() && m_session.site());
}

void IntakeForm::showDuplicates(const std::vector<domain::WorkOrderSnapshot>& duplicates)
{
    std::vector<domain::WorkOrderId> ids;
    for (const auto& order : duplicates) {
        ids.push_back(order.header.id);
    }
    if (ids == m_duplicateIds) {
        return; // rebuilding would take the focus from a link button the user is about to press
    }
    m_duplicateIds = ids;
    while (auto* item = m_ui->duplicatesList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto zone = m_session.zone();
    for (const auto& order : duplicates) {
        const auto& h = order.header;
        QString description = qs(h.description);
        if (description.size() > kDescriptionPreviewChars) {
            description = description.left(kDescriptionPreviewChars) + QChar(0x2026);
        }
        auto* row = new QWidget(m_ui->duplicatesFrame);
        // The button under the text: beside it, the wide button leaves the text a column of a few words.
        auto* layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(QStringLiteral("<b>%1</b> · %2 · %3 · %4")
                                    .arg(qs(h.code), formatInstant(h.reportedAt, zone),
                                         statusLabel(order.timeline.status()), description.toHtmlEscaped()),
                                row);
        text->setObjectName(QStringLiteral("duplicateText"));
        text->setWordWrap(true);
        auto* link = new QPushButton(tr("Link this call to %1").arg(qs(h.code)), row);
        link->setObjectName(QStringLiteral("linkButton"));
        link->setProperty("orderCode", qs(h.code));
        const auto id = h.id;
        connect(link, &QPushButton::clicked, this, [this, id] { linkCall(id); });
        layout->addWidget(text);
        layout->addWidget(link, 0, Qt::AlignRight);
        m_ui->duplicatesList->addWidget(row);
    }
    m_ui->duplicatesFrame->setVisible(!duplicates.empty());
}

void IntakeForm::showConfirmation(const QString& text)
{
    m_ui->confirmationLabel->setText(text);
    m_ui->confirmationLabel->show();
    m_confirmationTimer.start();
}

void IntakeForm::dueToggled(bool on)
{
    m_ui->dueEdit->setEnabled(on);
    if (on) {
        // A round hour two hours on is a likely appointment and quick to adjust.
        const auto now = m_session.clock().now();
        const auto zone = m_session.zone();
        const QDateTime wall = toDateTime(now, zone);
        const auto sinceHour = std::chrono::seconds(wall.time().minute() * 60 + wall.time().second());
        m_ui->dueEdit->setZone(zone);
        m_ui->dueEdit->setDefault(now - sinceHour + std::chrono::hours(2));
    }
    m_errors->clear(m_ui->dueError);
    schedulePreview();
}

void IntakeForm::reportedToggled(bool on)
{
    m_ui->reportedEdit->setEnabled(on);
    if (on) {
        m_ui->reportedEdit->setZone(m_session.zone());
        m_ui->reportedEdit->setDefault(m_session.clock().now());
    }
    m_errors->clear(m_ui->reportedError);
    schedulePreview();
}

void IntakeForm::useEmergency()
{
    m_ui->urgencyCombo->setCurrentIndex(m_ui->urgencyCombo->findData(static_cast<int>(domain::Urgency::Emergency)));
    updatePreview();
    m_ui->descriptionEdit->setFocus();
}

} // namespace propdesk::gui

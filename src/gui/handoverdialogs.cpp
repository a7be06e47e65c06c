#include "handoverdialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>
#include <string>

namespace propdesk::gui {

namespace {

// The new items whose refusal shows next to them ("new_items[2]"); later ones show below the form.
constexpr int kItemFields = 50;

QString dayText(domain::Date day)
{
    const QDate qdate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                      static_cast<int>(static_cast<unsigned>(day.day())));
    return QLocale().toString(qdate, QLocale::ShortFormat);
}

void muted(QLabel* label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
}

// The active staff of the site, by id, for the leaders' names.
std::map<std::int64_t, QString> staffNames(AppSession& session)
{
    std::map<std::int64_t, QString> names;
    if (const auto& site = session.site()) {
        if (auto staff = session.workspace().staff().list(site->code)) {
            for (const auto& member : *staff) {
                names.emplace(member.id.value, qs(member.name));
            }
        }
    }
    return names;
}

void fillLeaders(QComboBox* combo, const std::map<std::int64_t, QString>& names, const QString& current)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& [id, name] : names) {
        if (combo->findText(name) < 0) {
            combo->addItem(name);
        }
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(current);
}

// The leader (first guard) of the squad working shift `index` of the setup on `day`; empty when none.
QString squadLeader(const domain::SecuritySetup& setup, std::size_t index, domain::Date day,
                    const std::map<std::int64_t, QString>& names)
{
    const auto squad = domain::shiftSquad(setup, index, day);
    if (!squad || *squad >= setup.squads.size() || setup.squads[*squad].guards.empty()) {
        return {};
    }
    const auto it = names.find(setup.squads[*squad].guards.front().value);
    return it == names.end() ? QString() : it->second;
}

QString itemLine(const domain::HandoverItem& item, const domain::TimeZone& zone)
{
    return QCoreApplication::translate("propdesk::gui::HandoverDialog", "%1 (open since %2, %3)")
        .arg(qs(item.text), formatInstant(item.openedAt, zone), qs(item.openedBy));
}

} // namespace

HandoverDialog::HandoverDialog(AppSession& session, const domain::SecuritySetup& setup, domain::Date day,
                               const std::string& shift, QWidget* parent)
    : QDialog(parent), m_session(session), m_day(day), m_shift(shift)
{
    setWindowTitle(tr("Record handover"));
    setMinimumWidth(560);
    const auto zone = m_session.zone();
    const auto now = m_session.clock().now();

    std::size_t index = 0;
    QString shiftName = qs(shift);
    for (std::size_t i = 0; i < setup.shifts.size(); ++i) {
        if (setup.shifts[i].code == shift) {
            index = i;
            shiftName = shiftLabel(setup.shifts[i]);
        }
    }
    auto* heading = new QLabel(tr("<b>Handover to the %1 shift</b> on %2").arg(shiftName, dayText(day)), this);
    heading->setObjectName(QStringLiteral("headingLabel"));

    const auto names = staffNames(m_session);
    // The outgoing squad worked the shift before: the previous one in the setup, or the last of the day before.
    QString outgoing;
    QString incoming;
    if (!setup.shifts.empty() && index < setup.shifts.size()) {
        incoming = squadLeader(setup, index, day, names);
        outgoing = index > 0 ? squadLeader(setup, index - 1, day, names)
                             : squadLeader(setup, setup.shifts.size() - 1,
                                           domain::Date{date::sys_days{day} - date::days{1}}, names);
    }
    m_outgoing = new QComboBox(this);
    m_outgoing->setObjectName(QStringLiteral("outgoingLeader"));
    fillLeaders(m_outgoing, names, outgoing);
    m_incoming = new QComboBox(this);
    m_incoming->setObjectName(QStringLiteral("incomingLeader"));
    fillLeaders(m_incoming, names, incoming);

    m_outgoingSigned = new QCheckBox(tr("Signed at"), this);
    m_outgoingSigned->setObjectName(QStringLiteral("outgoingSigned"));
    m_outgoingSigned->setChecked(true);
    m_outgoingTime = new EventTimeEdit(this);
    m_outgoingTime->setObjectName(QStringLiteral("outgoingTime"));
    m_incomingSigned = new QCheckBox(tr("Signed at"), this);
    m_incomingSigned->setObjectName(QStringLiteral("incomingSigned"));
    m_incomingSigned->setChecked(true);
    m_incomingTime = new EventTimeEdit(this);
    m_incomingTime->setObjectName(QStringLiteral("incomingTime"));
    for (auto* edit : {m_outgoingTime, m_incomingTime}) {
        edit->setZone(zone);
        edit->setDefault(now);
    }
    connect(m_outgoingSigned, &QCheckBox::toggled, m_outgoingTime, &QWidget::setEnabled);
    connect(m_incomingSigned, &QCheckBox::toggled, m_incomingTime, &QWidget::setEnabled);
    const auto signRow = [this](QComboBox* leader, QCheckBox* check, EventTimeEdit* time) {
        auto* row = new QHBoxLayout;
        row->addWidget(leader, 1);
        row->addWidget(check);
        row->addWidget(time);
        return row;
    };

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("Keys, equipment, the state of the posts"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    m_carried = new QListWidget(this);
    m_carried->setObjectName(QStringLiteral("carriedList"));
    m_carried->setFixedHeight(m_carried->fontMetrics().lineSpacing() * 4 + 12);
    m_carried->setSelectionMode(QAbstractItemView::NoSelection);
    if (const auto& site = m_session.site()) {
        if (auto items = m_session.workspace().security().openItems(site->code)) {
            for (const auto& item : *items) {
                m_carried->addItem(itemLine(item, zone));
            }
        }
    }
    auto* carriedHint =
        new QLabel(m_carried->count() == 0 ? tr("No open item: nothing is carried over.")
                                           : tr("Carried over until closed; close them in the handover log."),
                   this);
    muted(carriedHint);

    m_newItems = new QPlainTextEdit(this);
    m_newItems->setObjectName(QStringLiteral("newItemsEdit"));
    m_newItems->setPlaceholderText(tr("One per line: a broken gate, an unknown car parked overnight"));
    m_newItems->setFixedHeight(m_newItems->fontMetrics().lineSpacing() * 3 + 12);

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* outgoingError = new QLabel(this);
    auto* incomingError = new QLabel(this);
    auto* notesError = new QLabel(this);
    auto* itemsError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"outgoing_leader", "outgoing_signed_at"}, outgoingError);
    m_errors->add({"incoming_leader", "incoming_signed_at", "at"}, incomingError);
    m_errors->add({"notes"}, notesError);
    m_errors->add({"new_items", "text"}, itemsError);
    for (int i = 0; i < kItemFields; ++i) {
        const std::string field = "new_items[" + std::to_string(i) + "]";
        m_errors->add({field}, itemsError);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Outgoing leader:"), m_outgoing), signRow(m_outgoing, m_outgoingSigned, m_outgoingTime));
    form->addRow(QString(), outgoingError);
    form->addRow(label(tr("&Incoming leader:"), m_incoming), signRow(m_incoming, m_incomingSigned, m_incomingTime));
    form->addRow(QString(), incomingError);
    form->addRow(label(tr("Handed &over:"), m_notes), m_notes);
    form->addRow(QString(), notesError);
    form->addRow(tr("Open items:"), m_carried);
    form->addRow(QString(), carriedHint);
    form->addRow(label(tr("&New items:"), m_newItems), m_newItems);
    form->addRow(QString(), itemsError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

HandoverDialog::~HandoverDialog() = default;

bool HandoverDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void HandoverDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    services::NewHandover handover;
    handover.day = m_day;
    handover.shift = m_shift;
    handover.outgoingLeader = utf8(m_outgoing->currentText().trimmed());
    handover.incomingLeader = utf8(m_incoming->currentText().trimmed());
    if (m_outgoingSigned->isChecked()) {
        const auto at = m_outgoingTime->instant();
        if (!at) {
            m_errors->show(at.error());
            return;
        }
        handover.outgoingSignedAt = *at;
    }
    if (m_incomingSigned->isChecked()) {
        const auto at = m_incomingTime->instant();
        if (!at) {
            m_errors->show(at.error());
            return;
        }
        handover.incomingSignedAt = *at;
    }
    handover.notes = utf8(m_notes->toPlainText().trimmed());
    for (const QString& line : m_newItems->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            handover.newItems.push_back(utf8(line.trimmed()));
        }
    }
    auto recorded = m_session.workspace().security().recordHandover(site->code, handover);
    if (!recorded) {
        m_errors->show(recorded.error());
        return;
    }
    m_result = recorded->handover;
    m_session.notifySecurityChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------

SignHandoverDialog::SignHandoverDialog(AppSession& session, const domain::Handover& handover, QWidget* parent)
    : QDialog(parent), m_session(session), m_handover(handover)
{
    setWindowTitle(tr("Sign handover"));
    setMinimumWidth(460);
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("sideCombo"));
    if (!handover.outgoingSignedAt) {
        m_side->addItem(tr("Outgoing leader"), true);
    }
    if (!handover.incomingSignedAt) {
        m_side->addItem(tr("Incoming leader"), false);
    }
    m_leader = new QComboBox(this);
    m_leader->setObjectName(QStringLiteral("leaderCombo"));
    const auto names = staffNames(m_session);
    fillLeaders(m_leader, names, QString());
    const auto sideChanged = [this] {
        const bool outgoing = m_side->currentData().toBool();
        m_leader->setEditText(qs(outgoing ? m_handover.outgoingLeader : m_handover.incomingLeader));
    };
    connect(m_side, &QComboBox::currentIndexChanged, this, sideChanged);
    sideChanged();
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* leaderError = new QLabel(this);
    auto* timeError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"leader", "outgoing_leader", "incoming_leader"}, leaderError);
    m_errors->add({"at", "outgoing_signed_at", "incoming_signed_at"}, timeError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Signature of:"), m_side);
    form->addRow(tr("&Leader:"), m_leader);
    form->addRow(QString(), leaderError);
    form->addRow(tr("Signed &at:"), m_time);
    form->addRow(QString(), timeError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignHandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignHandoverDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

SignHandoverDialog::~SignHandoverDialog() = default;

bool SignHandoverDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void SignHandoverDialog::accept()
{
    m_errors->clear();
    if (m_side->currentIndex() < 0) {
        return;
    }
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto signedView = m_session.workspace().security().signHandover(m_handover.id, m_side->currentData().toBool(),
                                                                    utf8(m_leader->currentText().trimmed()), *at);
    if (!signedView) {
        m_errors->show(signedView.error());
        return;
    }
    m_result = signedView->handover;
    m_session.notifySecurityChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------

HandoverItemDialog::HandoverItemDialog(AppSession& session, const std::optional<domain::HandoverItem>& item,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_item(item)
{
    setWindowTitle(item ? tr("Close open item") : tr("Raise open item"));
    setMinimumWidth(460);
    const auto zone = m_session.zone();
    auto* layout = new QVBoxLayout(this);
    if (item) {
        auto* about = new QLabel(tr("<b>%1</b><br>Open since %2, raised by %3.")
                                     .arg(qs(item->text).toHtmlEscaped(), formatInstant(item->openedAt, zone),
                                          qs(item->openedBy).toHtmlEscaped()),
                                 this);
        about->setObjectName(QStringLiteral("itemLabel"));
        about->setWordWrap(true);
        layout->addWidget(about);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setPlaceholderText(item ? tr("Required: how it was settled") : tr("Required: what is open"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(zone);
    m_time->setDefault(m_session.clock().now());

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* textError = new QLabel(this);
    auto* timeError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"text", "note", "item"}, textError);
    m_errors->add({"at", "closed_at", "opened_at"}, timeError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(item ? tr("&Closing note:") : tr("&Item:"), m_text);
    form->addRow(QString(), textError);
    form->addRow(item ? tr("Closed &at:") : tr("Raised &at:"), m_time);
    form->addRow(QString(), timeError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(item ? tr("Close item") : tr("Raise"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverItemDialog::reject);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

HandoverItemDialog::~HandoverItemDialog() = default;

bool HandoverItemDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void HandoverItemDialog::accept()
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
    const auto text = utf8(m_text->toPlainText().trimmed());
    auto& security = m_session.workspace().security();
    auto done = m_item ? security.closeItem(m_item->id, text, *at) : security.openItem(site->code, text, *at);
    if (!done) {
        m_errors->show(done.error());
        return;
    }
    m_result = std::move(*done);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

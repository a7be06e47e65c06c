#include "preventiveactiondialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

QLabel* errorLabel(QWidget* parent, FieldErrors& errors, std::initializer_list<std::string_view> fields)
{
    auto* label = new QLabel(parent);
    errors.add(fields, label);
    return label;
}

} // namespace

PreventiveActionDialog::PreventiveActionDialog(AppSession& session,
                                               const std::vector<domain::Nonconformance>& nonconformances,
                                               std::optional<domain::NonconformanceId> from, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Add preventive action"));
    resize(520, 0);
    m_cause = new QLineEdit(this);
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_cause->setPlaceholderText(tr("The potential cause: \"cleaners short-staffed at weekends\""));
    m_action = new QPlainTextEdit(this);
    m_action->setObjectName(QStringLiteral("actionEdit"));
    m_action->setTabChangesFocus(true);
    m_action->setFixedHeight(m_action->fontMetrics().lineSpacing() * 3 + 12);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    const auto today = m_session.zone().localDate(m_session.clock().now());
    m_due->setDate(toQDate(domain::Date{date::sys_days{today} + date::days{30}}));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_from->addItem(tr("None"), QVariant::fromValue<qlonglong>(0));
    for (const auto& nc : nonconformances) {
        QString description = qs(nc.description).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (description.size() > 40) {
            description = description.left(39) + QChar(0x2026);
        }
        m_from->addItem(QStringLiteral("%1 · %2").arg(qs(nc.code), description),
                        QVariant::fromValue<qlonglong>(nc.id.value));
    }
    if (from) {
        m_from->setCurrentIndex(std::max(0, m_from->findData(QVariant::fromValue<qlonglong>(from->value))));
    }

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    m_errors = std::make_unique<FieldErrors>(formError);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Potential &cause:"), m_cause);
    form->addRow(QString(), errorLabel(this, *m_errors, {"cause"}));
    form->addRow(tr("&Action:"), m_action);
    form->addRow(QString(), errorLabel(this, *m_errors, {"action"}));
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), errorLabel(this, *m_errors, {"owner"}));
    form->addRow(tr("&Due:"), m_due);
    form->addRow(QString(), errorLabel(this, *m_errors, {"due"}));
    form->addRow(tr("&Revealed by:"), m_from);
    form->addRow(QString(), errorLabel(this, *m_errors, {"from", "nonconformance"}));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreventiveActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreventiveActionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

PreventiveActionDialog::~PreventiveActionDialog() = default;

bool PreventiveActionDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void PreventiveActionDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    domain::PreventiveAction action;
    action.cause = utf8(m_cause->text().trimmed());
    action.action = utf8(m_action->toPlainText().trimmed());
    action.owner = utf8(m_owner->text().trimmed());
    action.due = toDate(m_due->date());
    if (const auto id = m_from->currentData().toLongLong(); id > 0) {
        action.from = domain::NonconformanceId{id};
    }
    auto stored = m_session.workspace().inspections().addPreventiveAction(site->code, std::move(action));
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------

CompletePreventiveActionDialog::CompletePreventiveActionDialog(AppSession& session,
                                                               const domain::PreventiveAction& action, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(action.id)
{
    setWindowTitle(tr("Complete preventive action"));
    resize(480, 0);
    auto* subject = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(qs(action.cause).toHtmlEscaped(), qs(action.action).toHtmlEscaped()),
        this);
    subject->setWordWrap(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    m_errors = std::make_unique<FieldErrors>(formError);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(subject);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), errorLabel(this, *m_errors, {"note", "done_note", "doneNote"}));
    form->addRow(tr("&Time:"), m_time);
    form->addRow(QString(), errorLabel(this, *m_errors, {"at", "done_at"}));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompletePreventiveActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompletePreventiveActionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

CompletePreventiveActionDialog::~CompletePreventiveActionDialog() = default;

bool CompletePreventiveActionDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void CompletePreventiveActionDialog::accept()
{
    m_errors->clear();
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto stored =
        m_session.workspace().inspections().completePreventiveAction(m_id, utf8(m_note->toPlainText().trimmed()), *at);
    if (!stored) {
        m_errors->show(stored.error());
        return;
    }
    m_result = std::move(*stored);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

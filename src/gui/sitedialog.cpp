#include "sitedialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "errortext.h"
#include "fielderrors.h"
#include "labels.h"
#include "qtconvert.h"
#include "ui_sitedialog.h"

#include <QEvent>
#include <QPushButton>

#include <string_view>
#include <utility>

namespace propdesk::gui {

namespace {

// The zones most sites use, the mainland's first; the combo box takes any other IANA name typed in.
const char* const kCommonZones[] = {
    "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "UTC", "Europe/London", "America/New_York",
};

domain::Seconds sinceMidnight(const QTime& time)
{
    return domain::Seconds{time.msecsSinceStartOfDay() / 1000};
}

} // namespace

SiteDialog::SiteDialog(AppSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::SiteDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(480);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"code"}, m_ui->codeError);
    m_errors->add({"name"}, m_ui->nameError);
    m_errors->add({"timezone"}, m_ui->timeZoneError);
    m_errors->add({"working_hours"}, m_ui->hoursError);
    m_errors->add({"households"}, m_ui->householdsError);
    m_errors->add({"residents"}, m_ui->residentsError);

    for (const char* zone : kCommonZones) {
        m_ui->timeZoneCombo->addItem(QString::fromLatin1(zone));
    }
    m_ui->timeZoneCombo->setCurrentIndex(0);
    const domain::Site defaults;
    for (const auto calendar : {domain::CalendarKind::China, domain::CalendarKind::None}) {
        m_ui->calendarCombo->addItem(calendarLabel(calendar), static_cast<int>(calendar));
    }
    m_ui->calendarCombo->setCurrentIndex(m_ui->calendarCombo->findData(static_cast<int>(defaults.calendar)));
    m_ui->workStartEdit->setTime(QTime(0, 0).addSecs(static_cast<int>(defaults.workStart.count())));
    m_ui->workEndEdit->setTime(QTime(0, 0).addSecs(static_cast<int>(defaults.workEnd.count())));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add site"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SiteDialog::reject);
    // A reason stays until the field it is about changes, so that the user sees what is still to fix.
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->codeError); });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->nameError); });
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this,
            [this] { m_errors->clear(m_ui->timeZoneError); });
    for (QTimeEdit* edit : {m_ui->workStartEdit, m_ui->workEndEdit}) {
        connect(edit, &QTimeEdit::timeChanged, this, [this] { m_errors->clear(m_ui->hoursError); });
    }
    m_ui->codeEdit->setFocus();
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::accept()
{
    m_errors->clear();
    domain::Site site;
    site.code = utf8(m_ui->codeEdit->text().trimmed());
    site.name = utf8(m_ui->nameEdit->text().trimmed());
    site.timeZone = utf8(m_ui->timeZoneCombo->currentText().trimmed());
    site.calendar = static_cast<domain::CalendarKind>(m_ui->calendarCombo->currentData().toInt());
    site.workStart = sinceMidnight(m_ui->workStartEdit->time());
    site.workEnd = sinceMidnight(m_ui->workEndEdit->time());
    site.households = m_ui->householdsSpin->value();
    site.residents = m_ui->residentsSpin->value();

    auto added = m_session.workspace().sites().add(site);
    if (!added) {
        const domain::Error& error = added.error();
        // FieldErrors puts conflicts in the general line, but a code taken already is fixed in the code field.
        if (error.code == domain::ErrorCode::Conflict && error.field == "code") {
            m_errors->show(m_ui->codeError, messageText(error.message));
        } else {
            m_errors->show(error);
        }
        const std::pair<std::string_view, QWidget*> editors[] = {
            {"code", m_ui->codeEdit},
            {"name", m_ui->nameEdit},
            {"timezone", m_ui->timeZoneCombo},
            {"working_hours", m_ui->workStartEdit},
            {"households", m_ui->householdsSpin},
            {"residents", m_ui->residentsSpin},
        };
        for (const auto& [field, editor] : editors) {
            if (field == error.field) {
                editor->setFocus();
            }
        }
        return;
    }
    m_session.reloadSites();
    m_session.selectSite(added->code);
    QDialog::accept();
}

bool SiteDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui

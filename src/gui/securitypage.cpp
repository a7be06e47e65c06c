#include "securitypage.h"

#include "appsession.h"
#include "dutylogview.h"
#include "handoverlogview.h"
#include "patroltoursview.h"
#include "rosterview.h"
#include "securitysetupview.h"
#include "spotcheckview.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kTabKey = QStringLiteral("security/tab");

} // namespace

SecurityPage::SecurityPage(AppSession& session, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("securityPage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("securityTabs"));
    m_tabs->setDocumentMode(true);
    m_roster = new RosterView(session);
    m_tours = new PatrolToursView(session);
    m_handovers = new HandoverLogView(session);
    m_dutyLog = new DutyLogView(session);
    m_spotChecks = new SpotCheckView(session);
    m_setup = new SecuritySetupView(session);
    m_tabs->addTab(m_roster, tr("Roster"));
    m_tabs->addTab(m_tours, tr("Tours"));
    m_tabs->addTab(m_handovers, tr("Handovers"));
    m_tabs->addTab(m_dutyLog, tr("Duty log"));
    m_tabs->addTab(m_spotChecks, tr("Spot checks"));
    m_tabs->addTab(m_setup, tr("Set-up"));
    m_tabs->setTabToolTip(0, tr("The month's three-shift roster: generate, edit, check and publish, print the sheet"));
    m_tabs->setTabToolTip(1, tr("Today's guard-tour rounds with their live status; scans by hand or from a device"));
    m_tabs->setTabToolTip(2, tr("The handovers at each change of shift and the open items they carry"));
    m_tabs->setTabToolTip(3, tr("Visitors, unknown vehicles and incidents"));
    m_tabs->setTabToolTip(4, tr("Checks of the posts, at night at least as often as the set-up asks"));
    m_tabs->setTabToolTip(5, tr("Shifts, posts, squads, rotation and patrol routes"));
    m_tabs->setCurrentIndex(std::clamp(QSettings().value(kTabKey, 0).toInt(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(kTabKey, index); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

SecurityPage::~SecurityPage() = default;

} // namespace propdesk::gui

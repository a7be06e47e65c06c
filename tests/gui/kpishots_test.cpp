// Screenshots of the KPI module over the demo site (the dashboard with a missed indicator selected, every
// site side by side, the monthly report tab, the figures entered by hand and the target versions) in
// English and Chinese, for looking at the layout and for docs/images. Hidden: run it on purpose with
//
//   PROPDESK_KPI_SHOTS=DIR test_gui "[kpi-shots]"
//
// which writes DIR/kpi-<view>-<language>.png.

#include "gui/companyview.h"
#include "gui/figuresview.h"
#include "gui/kpidashboard.h"
#include "gui/reportview.h"
#include "gui/targetsview.h"
#include "guifixture.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

QString shotsDir()
{
    return qEnvironmentVariable("PROPDESK_KPI_SHOTS");
}

void save(QWidget& widget, const QString& name, QSize size = QSize(1200, 700))
{
    const QString file = QDir(shotsDir()).filePath(name);
    INFO(file.toStdString());
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    if (auto* focus = QApplication::focusWidget()) {
        focus->clearFocus();
    }
    QCoreApplication::processEvents();
    CHECK(widget.grab().save(file));
}

void shoot(const QString& language)
{
    tests::LanguageScope scope(language);
    // The demo as of 5 April: March is the month to report.
    GuiFixture f(GuiFixture::Contents::Demo, at("2025-04-05 10:30"));
    const date::year_month march{date::year{2025}, date::month{3}};
    {
        gui::KpiDashboard view(*f.session);
        view.setMonth(march);
        view.selectIndicator(QStringLiteral("arrival_timeliness"));
        save(view, QStringLiteral("kpi-dashboard-%1.png").arg(language), QSize(1280, 720));
    }
    {
        gui::CompanyView view(*f.session);
        view.setMonth(march);
        save(view, QStringLiteral("kpi-company-%1.png").arg(language));
    }
    {
        gui::ReportView view(*f.session);
        view.setMonth(march);
        save(view, QStringLiteral("kpi-report-tab-%1.png").arg(language));
    }
    {
        gui::FiguresView view(*f.session);
        view.setMonth(march);
        save(view, QStringLiteral("kpi-figures-%1.png").arg(language));
    }
    {
        gui::TargetsView view(*f.session);
        save(view, QStringLiteral("kpi-targets-%1.png").arg(language));
    }
}

} // namespace

TEST_CASE("screenshots of the KPI module", "[.][kpi-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_KPI_SHOTS"));
    QDir().mkpath(shotsDir());
    shoot(QStringLiteral("en"));
    shoot(QStringLiteral("zh_CN"));
}

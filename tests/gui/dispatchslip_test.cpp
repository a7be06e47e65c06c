// The dispatch slip (派工单): what it shows, one page on A5, PDF output on A4 and A5.

#include "gui/dispatchslip.h"
#include "gui/labels.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

domain::WorkOrder slipOrder(GuiFixture& fixture, const std::string& description)
{
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = "3-2-1502";
    request.category = domain::Category::Plumbing;
    request.urgency = domain::Urgency::Emergency;
    request.reporter = "张三";
    request.phone = "13800001111";
    request.description = description;
    request.reportedAt = at("2025-04-05 15:00");
    auto order = fixture.workspace().workOrders().log(request);
    REQUIRE(order);
    auto dispatched = fixture.workspace().workOrders().dispatch(order->header.id, "王师傅", at("2025-04-05 15:02"));
    REQUIRE(dispatched);
    return *dispatched;
}

QByteArray readPdf(const QString& fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Page objects of a PDF written by Qt (which uses no object streams).
int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page[^s])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

} // namespace

TEST_CASE("the slip shows the order, its technician and its arrival and completion deadlines")
{
    GuiFixture fixture;
    const auto order = slipOrder(fixture, "厨房水管爆裂，水漫到客厅");
    auto slip = gui::DispatchSlip::load(*fixture.session, order.header.id);
    REQUIRE(slip);
    const auto doc = slip->document(gui::DispatchSlip::pageLayout(QPageSize::A4));
    const QString text = doc->toPlainText();
    INFO(text.toStdString());

    for (const char* expected : {"测试小区", "Dispatch slip", "3-2-1502", "张三", "13800001111",
                                 "厨房水管爆裂，水漫到客厅", "王师傅", "Resident's signature", "Materials used"}) {
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK(text.contains(gui::qs(order.header.code)));
    CHECK(text.contains(gui::categoryLabel(domain::Category::Plumbing)));
    CHECK(text.contains(gui::urgencyLabel(domain::Urgency::Emergency)));
    const auto zone = tests::zone();
    CHECK(text.contains(gui::formatInstant(at("2025-04-05 15:00"), zone)));
    // An emergency reported on a Saturday: 15 minutes to arrive, completed the same day.
    CHECK(text.contains(gui::formatInstant(at("2025-04-05 15:15"), zone) + QStringLiteral(" (15 min)")));
    CHECK(text.contains(gui::formatInstant(at("2025-04-06 00:00"), zone)));
    for (int rating = 5; rating >= 1; --rating) {
        CHECK(text.contains(QStringLiteral("□ ") + gui::satisfactionLabel(rating)));
    }
}

TEST_CASE("the slip prints what residents typed as text, never as markup")
{
    GuiFixture fixture;
    const auto order = slipOrder(fixture, "<b>门</b> & 窗 <img src=x>");
    auto slip = gui::DispatchSlip::load(*fixture.session, order.header.id);
    REQUIRE(slip);
    const QString text = slip->document(gui::DispatchSlip::pageLayout(QPageSize::A5))->toPlainText();
    CHECK(text.contains(QStringLiteral("<b>门</b> & 窗 <img src=x>")));
}

TEST_CASE("the slip fits one A5 page, even with a long description")
{
    GuiFixture fixture;
    const auto order = slipOrder(fixture, "卫生间吊顶漏水，楼上住户不在家，需要联系物业前台协调开门检查管道。"
                                          "业主要求下午五点前处理完毕，并清理现场。");
    auto slip = gui::DispatchSlip::load(*fixture.session, order.header.id);
    REQUIRE(slip);
    for (const auto size : {QPageSize::A5, QPageSize::A4}) {
        const auto layout = gui::DispatchSlip::pageLayout(size);
        const auto doc = slip->document(layout);
        INFO(QPageSize(size).name().toStdString());
        CHECK(doc->pageSize() == layout.paintRect(QPageLayout::Point).size());
        CHECK(doc->pageCount() == 1);
    }
}

TEST_CASE("the slip is written as a one-page PDF on A4 and on A5, also in Chinese")
{
    GuiFixture fixture;
    const auto order = slipOrder(fixture, "漏水");
    auto slip = gui::DispatchSlip::load(*fixture.session, order.header.id);
    REQUIRE(slip);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        tests::LanguageScope scope(language);
        for (const auto size : {QPageSize::A5, QPageSize::A4}) {
            const QString fileName =
                gui::fromPath(fixture.dir.file(gui::utf8(QStringLiteral("slip-%1-%2.pdf").arg(language).arg(size))));
            INFO(fileName.toStdString());
            REQUIRE(slip->writePdf(fileName, size));
            const QByteArray pdf = readPdf(fileName);
            CHECK(pdf.startsWith("%PDF"));
            CHECK(pdfPages(pdf) == 1);
            // The page is the paper chosen, in points: A5 is 420 × 595, A4 595 × 842.
            const QSizeF points = QPageSize(size).size(QPageSize::Point);
            static const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"));
            const auto box = mediaBox.match(QString::fromLatin1(pdf));
            REQUIRE(box.hasMatch());
            CHECK(qRound(box.captured(1).toDouble()) == qRound(points.width()));
            CHECK(qRound(box.captured(2).toDouble()) == qRound(points.height()));
            // The fonts travel with the file: a Latin one and one with the Chinese glyphs (the site's name).
            CHECK(pdf.count("/FontFile2") >= 2);
        }
    }
}

TEST_CASE("the print preview offers A5 or A4 and remembers the choice")
{
    GuiFixture fixture;
    const auto order = slipOrder(fixture, "漏水");
    QWidget parent;
    QString offered;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        if (auto* sizes = dialog->findChild<QComboBox*>(QStringLiteral("slipPageSize"))) {
            offered = sizes->currentText();
            sizes->setCurrentIndex(sizes->findText(QStringLiteral("A4")));
        }
        dialog->reject();
    });

    gui::previewSlip(*fixture.session, order.header.id, &parent);

    CHECK(offered == QStringLiteral("A5")); // the default: a slip fits in a pocket
    CHECK(QSettings().value(QStringLiteral("slip/pageSize")).toInt() == QPageSize::A4);
}

TEST_CASE("printing an order that cannot be read says so")
{
    GuiFixture fixture;
    QWidget parent;
    gui::previewSlip(*fixture.session, domain::WorkOrderId{424242}, &parent);
    CHECK(tests::takeMessageBox(&parent).contains(QStringLiteral("cannot be printed")));
}

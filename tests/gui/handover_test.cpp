// The handover log through the widgets (issue #6): a handover recorded at the change to the middle shift
// raises an open item; the night shift's handover shows it carried over and is signed later by the incoming
// leader; the item is closed with a note and the next morning's handover carries nothing.

#include "domain/security.h"
#include "gui/eventtimeedit.h"
#include "gui/handoverdialogs.h"
#include "gui/handoverlogview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::HandoverDialog;
using gui::HandoverItemDialog;
using gui::HandoverLogView;
using gui::SignHandoverDialog;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

// Rows of the shift changes: the default shifts in the order of the day.
constexpr int kEarly = 0;
constexpr int kMiddle = 1;
constexpr int kNight = 2;

QString text(QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text() : QString();
}

QStringList listed(QListWidget* list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i) {
        lines << list->item(i)->text();
    }
    return lines;
}

void fill(HandoverDialog* dialog, const QString& outgoing, const QString& incoming, const QString& notes,
          const QString& items)
{
    dialog->outgoingLeader()->setEditText(outgoing);
    dialog->incomingLeader()->setEditText(incoming);
    dialog->notesEdit()->setPlainText(notes);
    dialog->newItemsEdit()->setPlainText(items);
}

} // namespace

TEST_CASE("a handover raises an open item that is carried to the next handover until it is closed", "[handover]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 15:10"));
    HandoverLogView view(*f.session);
    auto* changes = view.changesTable();
    REQUIRE(changes->rowCount() == 3);
    CHECK(text(changes, kEarly, 0) == "07:00 Early");
    CHECK(text(changes, kMiddle, 0) == "15:00 Middle");
    CHECK(text(changes, kNight, 0) == "23:00 Night");
    CHECK(text(changes, kMiddle, 1) == "Not recorded");
    CHECK(view.itemsTable()->rowCount() == 0);

    // 15:10, the middle shift takes over and raises a broken gate.
    changes->setCurrentCell(kMiddle, 0);
    QStringList carried{"none read"};
    REQUIRE(tests::whileModal<HandoverDialog>(
        [&](HandoverDialog* dialog) {
            carried = listed(dialog->carriedList());
            fill(dialog, QStringLiteral("张建国"), QStringLiteral("李明"), QStringLiteral("对讲机 4 部，钥匙齐全"),
                 QStringLiteral("2号门门禁损坏\n"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        },
        [&] { view.recordHandover(); }));
    CHECK(carried.isEmpty());
    CHECK(text(changes, kMiddle, 1) == "Signed by both");
    CHECK(text(changes, kMiddle, 2) == "张建国");
    CHECK(text(changes, kMiddle, 4) == "李明");
    CHECK(text(changes, kMiddle, 6) == "对讲机 4 部，钥匙齐全");
    REQUIRE(view.itemsTable()->rowCount() == 1);
    CHECK(text(view.itemsTable(), 0, 2) == "2号门门禁损坏");
    const auto middle = view.handover(kMiddle);
    REQUIRE(middle);
    CHECK(middle->outgoingSignedAt == at("2025-04-05 15:10"));
    CHECK(middle->incomingSignedAt == at("2025-04-05 15:10"));

    // 23:05, the night shift takes over: the gate is carried over; the incoming leader signs later.
    f.clock.set(at("2025-04-05 23:05"));
    changes->setCurrentCell(kNight, 0);
    REQUIRE(tests::whileModal<HandoverDialog>(
        [&](HandoverDialog* dialog) {
            carried = listed(dialog->carriedList());
            fill(dialog, QStringLiteral("李明"), QStringLiteral("王强"), QString(), QString());
            dialog->incomingSigned()->setChecked(false);
            dialog->accept();
        },
        [&] { view.recordHandover(); }));
    REQUIRE(carried.size() == 1);
    CHECK(carried.front().startsWith("2号门门禁损坏"));
    CHECK(text(changes, kNight, 1) == "Signature missing");
    CHECK(text(changes, kNight, 5) == "not signed");

    f.clock.set(at("2025-04-05 23:20"));
    changes->setCurrentCell(kNight, 0);
    REQUIRE(tests::whileModal<SignHandoverDialog>(
        [&](SignHandoverDialog* dialog) {
            REQUIRE(dialog->sideCombo()->count() == 1); // only the missing side
            CHECK(dialog->leaderCombo()->currentText() == "王强");
            dialog->accept();
        },
        [&] { view.signHandover(); }));
    CHECK(text(changes, kNight, 1) == "Signed by both");
    const auto night = view.handover(kNight);
    REQUIRE(night);
    CHECK(night->incomingSignedAt == at("2025-04-05 23:20"));
    // The service's view of the night handover lists the item open at its time.
    auto stored = f.workspace().security().handover(night->id);
    REQUIRE(stored);
    REQUIRE(*stored);
    REQUIRE((*stored)->openItems.size() == 1);
    CHECK((*stored)->openItems.front().text == "2号门门禁损坏");

    // 02:00, the gate is repaired: the item is closed with a note.
    f.clock.set(at("2025-04-06 02:00"));
    view.itemsTable()->setCurrentCell(0, 0);
    REQUIRE(tests::whileModal<HandoverItemDialog>(
        [&](HandoverItemDialog* dialog) {
            dialog->textEdit()->setPlainText(QStringLiteral("维修班已更换读卡器"));
            dialog->accept();
        },
        [&] { view.closeItem(); }));
    CHECK(view.itemsTable()->rowCount() == 0);
    auto open = f.workspace().security().openItems("HQ");
    REQUIRE(open);
    CHECK(open->empty());

    // The next morning's handover carries nothing over.
    f.clock.set(at("2025-04-06 07:02"));
    view.dayEdit()->setDate(QDate(2025, 4, 6));
    CHECK(text(changes, kEarly, 1) == "Not recorded");
    changes->setCurrentCell(kEarly, 0);
    REQUIRE(tests::whileModal<HandoverDialog>(
        [&](HandoverDialog* dialog) {
            carried = listed(dialog->carriedList());
            dialog->reject();
        },
        [&] { view.recordHandover(); }));
    CHECK(carried.isEmpty());
}

TEST_CASE("a refused handover keeps its dialog open with the reason beside the leader", "[handover]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 15:10"));
    HandoverLogView view(*f.session);
    view.changesTable()->setCurrentCell(kMiddle, 0);
    bool stillOpen = false;
    QString shown;
    REQUIRE(tests::whileModal<HandoverDialog>(
        [&](HandoverDialog* dialog) {
            fill(dialog, QString(), QStringLiteral("李明"), QString(), QString());
            dialog->accept();
            stillOpen = dialog->isVisible();
            for (auto* label : dialog->findChildren<QLabel*>()) {
                if (label->isVisibleTo(dialog) && label->text().contains("hands over")) {
                    shown = label->text();
                }
            }
            dialog->reject();
        },
        [&] { view.recordHandover(); }));
    CHECK(stillOpen);
    CHECK(shown == "who hands over?");
    CHECK(view.handover(kMiddle) == std::nullopt);
    CHECK(view.changesTable()->item(kMiddle, 1)->text() == "Not recorded");
}

#include "frontdeskdriver.h"

#include "gui/intakeform.h"
#include "gui/qtconvert.h"
#include "testtime.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

namespace propdesk::tests {

namespace {

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    // QTest::keyClicks sends Latin-1 key events; other text arrives as an input method's commit.
    if (text.toLatin1() == text.toUtf8()) {
        QTest::keyClicks(edit, text);
    } else {
        edit->insert(text);
    }
}

} // namespace

void showActive(QWidget* window)
{
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

void fillIntake(gui::IntakeForm& form, const Call& call)
{
    typeInto(form.findChild<QLineEdit*>(QStringLiteral("locationEdit")), call.location);
    typeInto(form.findChild<QLineEdit*>(QStringLiteral("reporterEdit")), call.reporter);
    typeInto(form.findChild<QLineEdit*>(QStringLiteral("phoneEdit")), call.phone);
    auto* category = form.findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(static_cast<int>(call.category)));
    auto* urgency = form.findChild<QComboBox*>(QStringLiteral("urgencyCombo"));
    urgency->setCurrentIndex(urgency->findData(static_cast<int>(call.urgency)));
    auto* description = form.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"));
    description->setFocus();
    description->selectAll();
    description->insertPlainText(call.description);
}

void pressOk(QDialog* dialog)
{
    REQUIRE(dialog);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    REQUIRE(buttons);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

QDateTime wallClock(std::string_view local)
{
    const QDateTime shown = gui::toDateTime(at(local), zone());
    return QDateTime(shown.date(), shown.time(), Qt::UTC);
}

} // namespace propdesk::tests

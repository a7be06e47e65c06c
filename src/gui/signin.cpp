#include "signin.h"

#include "errortext.h"
#include "firstadmindialog.h"
#include "guilog.h"
#include "services/workspace.h"
#include "signindialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace propdesk::gui {

bool signInModal(services::Workspace& workspace, QWidget* parent, const QString& cancelText)
{
    auto accounts = workspace.users().hasAccounts();
    if (!accounts) {
        logger()->error("cannot read the user accounts: {}", accounts.error().describe());
        QMessageBox box(QMessageBox::Critical, QStringLiteral("PropDesk"),
                        QCoreApplication::translate("SignIn", "PropDesk cannot read the user accounts."),
                        QMessageBox::Ok, parent);
        box.setInformativeText(errorText(accounts.error()));
        box.exec();
        return false;
    }
    if (!*accounts) {
        FirstAdminDialog dialog(workspace, parent);
        if (!cancelText.isEmpty()) {
            dialog.setCancelText(cancelText);
        }
        return dialog.exec() == QDialog::Accepted;
    }
    SignInDialog dialog(workspace, parent);
    if (!cancelText.isEmpty()) {
        dialog.setCancelText(cancelText);
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace propdesk::gui

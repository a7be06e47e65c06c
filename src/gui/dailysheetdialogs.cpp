#include "dailysheetdialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "fielderrors.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace propdesk::gui {

AmendLineDialog::AmendLineDialog(AppSession& session, const services::SheetView& view, int row, QWidget* parent)
    : QDialog(parent), m_session(session), m_view(view)
{
    setWindowTitle(tr("Amend a signed sheet"));
    auto* heading = new QLabel(tr("A signed sheet is changed only by an amendment: the old and the new result and "
                                  "the reason are kept with the sheet and in the audit trail. A line amended to "
                                  "a failure raises its nonconformance; a failure amended away withdraws it "
                                  "while it is still open."),
                               this);
    heading->setWordWrap(true);

    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("amendLineCombo"));
    for (const auto& line : m_view.sheet.lines) {
        m_line->addItem(QStringLiteral("%1 %2").arg(qs(line.item.code), checkItemTextLabel(line.item)));
    }
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("amendResultCombo"));
    for (const auto result : {domain::ItemResult::Pass, domain::ItemResult::Fail, domain::ItemResult::NotApplicable}) {
        m_result->addItem(itemResultLabel(result), static_cast<int>(result));
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("amendNoteEdit"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("amendReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the signed result was wrong, e.g. rechecked with the contractor"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_reason->setTabChangesFocus(true);

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* lineError = new QLabel(this);
    auto* resultError = new QLabel(this);
    auto* reasonError = new QLabel(this);
    reasonError->setObjectName(QStringLiteral("reasonError"));
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"line"}, lineError);
    m_errors->add({"result", "note"}, resultError);
    m_errors->add({"reason"}, reasonError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Line:"), m_line), m_line);
    form->addRow(QString(), lineError);
    form->addRow(label(tr("New &result:"), m_result), m_result);
    form->addRow(label(tr("&Note:"), m_note), m_note);
    form->addRow(QString(), resultError);
    form->addRow(label(tr("Rea&son:"), m_reason), m_reason);
    form->addRow(QString(), reasonError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Amend"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendLineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AmendLineDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_line, &QComboBox::currentIndexChanged, this, &AmendLineDialog::lineChosen);
    m_line->setCurrentIndex(row >= 0 && row < m_line->count() ? row : 0);
    lineChosen();
}

AmendLineDialog::~AmendLineDialog() = default;

bool AmendLineDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void AmendLineDialog::lineChosen()
{
    const int row = m_line->currentIndex();
    if (row < 0 || static_cast<std::size_t>(row) >= m_view.sheet.lines.size()) {
        return;
    }
    const auto& line = m_view.sheet.lines[static_cast<std::size_t>(row)];
    // Offer the result the line does not have yet: the usual amendment turns a pass into a failure or back.
    const auto offered = line.result == domain::ItemResult::Fail ? domain::ItemResult::Pass : domain::ItemResult::Fail;
    m_result->setCurrentIndex(m_result->findData(static_cast<int>(offered)));
    m_note->setText(qs(line.note));
}

void AmendLineDialog::accept()
{
    m_errors->clear();
    const auto result = static_cast<domain::ItemResult>(m_result->currentData().toInt());
    auto amended = m_session.workspace().inspections().amendLine(m_view.sheet.id, m_line->currentIndex(), result,
                                                                 utf8(m_note->text().trimmed()),
                                                                 utf8(m_reason->toPlainText().trimmed()));
    if (!amended) {
        m_errors->show(amended.error());
        return;
    }
    m_amended = std::move(*amended);
    m_session.notifyInspectionsChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

#include "rosterdialogs.h"

#include "appsession.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "rostermodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace propdesk::gui {

RosterEditDialog::RosterEditDialog(AppSession& session, const RosterModel& model, Kind kind,
                                   std::vector<domain::SlotKey> keys,
                                   std::vector<std::pair<domain::StaffId, std::string>> guards, QWidget* parent)
    : QDialog(parent), m_session(session), m_month(model.month()), m_kind(kind), m_slots(std::move(keys))
{
    setObjectName(QStringLiteral("rosterEditDialog"));
    Q_ASSERT(!m_slots.empty());
    Q_ASSERT(m_kind != Kind::Swap || m_slots.size() == 2);

    const auto guardOf = [&](const domain::SlotKey& key) {
        const domain::RosterSlot* slot = model.roster() ? model.roster()->roster.find(key) : nullptr;
        return slot && slot->guard ? model.guardName(slot->guard) : tr("nobody");
    };

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    switch (m_kind) {
    case Kind::Swap:
        setWindowTitle(tr("Swap guards"));
        form->addRow(tr("Slot:"),
                     new QLabel(QStringLiteral("%1 — %2").arg(model.slotText(m_slots[0]), guardOf(m_slots[0]))));
        form->addRow(tr("With:"),
                     new QLabel(QStringLiteral("%1 — %2").arg(model.slotText(m_slots[1]), guardOf(m_slots[1]))));
        break;
    case Kind::Leave:
    case Kind::Substitute:
        setWindowTitle(m_kind == Kind::Leave ? tr("Guard on leave") : tr("Substitute guard"));
        form->addRow(tr("Slot:"), new QLabel(model.slotText(m_slots[0])));
        form->addRow(m_kind == Kind::Leave ? tr("On leave:") : tr("Replaces:"), new QLabel(guardOf(m_slots[0])));
        m_guard = new QComboBox;
        m_guard->setObjectName(QStringLiteral("guardBox"));
        if (m_kind == Kind::Leave) {
            m_guard->addItem(tr("Nobody (post stays empty)"), QVariant());
        }
        for (const auto& [id, name] : guards) {
            m_guard->addItem(qs(name), QVariant(static_cast<qlonglong>(id.value)));
        }
        m_guardError = new QLabel;
        form->addRow(m_kind == Kind::Leave ? tr("Substitute:") : tr("Guard:"), m_guard);
        form->addRow(QString(), m_guardError);
        break;
    }
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why: printed on the sheet"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_noteError = new QLabel;
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_noteError);

    m_formError = new QLabel;
    m_errors = std::make_unique<FieldErrors>(m_formError);
    m_errors->add({"note"}, m_noteError);
    if (m_guardError) {
        m_errors->add({"guard", "substitute"}, m_guardError);
    }
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_errors->clear(m_noteError); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RosterEditDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_note->setFocus();
}

RosterEditDialog::~RosterEditDialog() = default;

void RosterEditDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    const std::string note = utf8(m_note->toPlainText().trimmed());
    auto& security = m_session.workspace().security();
    domain::Result<services::RosterView> result = std::unexpected(domain::Error{});
    switch (m_kind) {
    case Kind::Swap:
        result = security.swapSlots(site->code, m_month, m_slots[0], m_slots[1], note);
        break;
    case Kind::Leave: {
        std::optional<domain::StaffId> substitute;
        if (const QVariant data = m_guard->currentData(); data.isValid()) {
            substitute = domain::StaffId{data.toLongLong()};
        }
        result = security.markLeave(site->code, m_month, m_slots[0], substitute, note);
        break;
    }
    case Kind::Substitute: {
        const QVariant data = m_guard->currentData();
        if (!data.isValid()) {
            m_errors->show(m_guardError, tr("Choose the guard who works the slot."));
            return;
        }
        result = security.substituteGuard(site->code, m_month, m_slots[0], domain::StaffId{data.toLongLong()}, note);
        break;
    }
    }
    if (!result) {
        m_errors->show(result.error());
        return;
    }
    m_result = std::move(*result);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

} // namespace propdesk::gui

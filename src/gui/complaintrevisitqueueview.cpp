#include "complaintrevisitqueueview.h"

#include "appsession.h"
#include "complaintdialogs.h"
#include "complaintrevisitqueuemodel.h"
#include "errortext.h"
#include "guilog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace propdesk::gui {

ComplaintRevisitQueueView::ComplaintRevisitQueueView(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ComplaintRevisitQueueModel(session, this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("complaintRevisitSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);

    m_revisitButton = new QPushButton(tr("Re&visit…"), this);
    m_revisitButton->setObjectName(QStringLiteral("complaintRevisitButton"));
    m_revisitButton->setToolTip(tr("Record the revisit call for the selected complaint (double-click or Enter)"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complaintRevisitTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_revisitButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintRevisitQueueView::currentChanged);
    connect(m_table, &QTableView::doubleClicked, this, &ComplaintRevisitQueueView::openRevisit);
    connect(m_revisitButton, &QPushButton::clicked, this, [this] { openRevisit(m_table->currentIndex()); });
    connect(m_model, &ComplaintRevisitQueueModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateSummary();
        m_revisitButton->setEnabled(currentComplaint().has_value() &&
                                    m_session.user().can(domain::Permission::RecordRevisit));
    });
    connect(&m_session, &AppSession::userChanged, this,
            [this] { m_revisitButton->setVisible(m_session.user().can(domain::Permission::RecordRevisit)); });

    m_table->resizeColumnsToContents();
    m_revisitButton->setVisible(m_session.user().can(domain::Permission::RecordRevisit));
    m_revisitButton->setEnabled(false);
    updateSummary();
}

ComplaintRevisitQueueView::~ComplaintRevisitQueueView() = default;

void ComplaintRevisitQueueView::selectComplaint(domain::ComplaintId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, ComplaintRevisitQueueModel::Code);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<domain::ComplaintId> ComplaintRevisitQueueView::currentComplaint() const
{
    return m_model->complaintId(m_table->currentIndex());
}

void ComplaintRevisitQueueView::currentChanged()
{
    const auto id = currentComplaint();
    m_revisitButton->setEnabled(id.has_value() && m_session.user().can(domain::Permission::RecordRevisit));
    if (id) {
        emit complaintSelected(*id);
    }
}

void ComplaintRevisitQueueView::openRevisit(const QModelIndex& index)
{
    const auto id = m_model->complaintId(index);
    if (!id || !m_session.isOpen() || !m_session.user().can(domain::Permission::RecordRevisit)) {
        return;
    }
    auto complaint = m_session.workspace().complaints().get(*id);
    if (!complaint) {
        logger()->error("cannot read complaint {}: {}", id->value, complaint.error().describe());
        m_summary->setText(tr("The complaint could not be read: %1").arg(errorText(complaint.error())));
        return;
    }
    auto* dialog = new ComplaintRevisitDialog(m_session, *complaint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_session.notifyComplaintsChanged(); });
    dialog->open();
}

bool ComplaintRevisitQueueView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openRevisit(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComplaintRevisitQueueView::updateSummary()
{
    if (!m_model->errorText().isEmpty()) {
        m_summary->setText(m_model->errorText());
        return;
    }
    const int waiting = m_model->rowCount();
    m_summary->setText(waiting == 1 ? tr("1 replied complaint awaits its revisit")
                                    : tr("%1 replied complaints await their revisit").arg(waiting));
}

} // namespace propdesk::gui

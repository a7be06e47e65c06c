#include "auditrecordview.h"

#include "auditchangesmodel.h"
#include "auditmodel.h"
#include "auditview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

QTableView* makeTable(QWidget* parent, bool wrap)
{
    auto* view = new QTableView(parent);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(wrap);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

AuditRecordView::AuditRecordView(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AuditModel(session, this)), m_entries(makeTable(this, false)),
      m_changes(makeTable(this, true)), m_changesLabel(new QLabel(this)), m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("auditRecordView"));
    m_entries->setObjectName(QStringLiteral("auditEntryTable"));
    m_changes->setObjectName(QStringLiteral("auditChangesTable"));
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_changesLabel->setTextFormat(Qt::PlainText);

    m_entries->setModel(m_model);
    m_entries->setAlternatingRowColors(true);
    // The record is the pane's own: its type, key and site go without saying.
    for (const int column : {AuditModel::Site, AuditModel::Entity, AuditModel::Record}) {
        m_entries->setColumnHidden(column, true);
    }
    m_entries->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = m_entries->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_presenter = new AuditChangesPresenter(m_model, m_entries, m_changes, m_changesLabel, this);

    auto* changesPane = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesPane);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_changesLabel);
    changesLayout->addWidget(m_changes);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_entries);
    splitter->addWidget(changesPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter);

    connect(m_model, &AuditModel::loaded, this, &AuditRecordView::updateStatus);
    updateStatus();
}

AuditRecordView::~AuditRecordView() = default;

AuditChangesModel* AuditRecordView::changesModel() const
{
    return m_presenter->model();
}

void AuditRecordView::showRecord(domain::SiteId site, const std::string& entity, const std::string& record)
{
    const std::string key = std::to_string(site.value) + '/' + entity + '/' + record;
    // An older entry the user chose stays chosen when the record is read again; the newest is followed.
    std::optional<std::int64_t> kept;
    if (key == m_shown) {
        const auto selected = m_presenter->currentEntry();
        const int rows = m_model->rowCount();
        if (selected && rows > 0 && m_model->entry(rows - 1).id != *selected) {
            kept = selected;
        }
    }
    m_shown = key;
    m_model->showRecord(site, entity, record);
    if (kept && m_model->rowOf(*kept) >= 0) {
        m_presenter->selectEntry(kept);
    } else if (m_model->rowCount() > 0) {
        // The newest entry: what last happened to the record.
        m_presenter->selectEntry(m_model->entry(m_model->rowCount() - 1).id);
    } else {
        m_presenter->selectEntry(std::nullopt);
    }
}

void AuditRecordView::clear()
{
    m_shown.clear();
    m_model->clear();
}

void AuditRecordView::updateStatus()
{
    QString text = m_model->errorText();
    if (text.isEmpty() && m_model->rowCount() == 0 && !m_shown.empty()) {
        text = tr("No changes recorded yet.");
    }
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

} // namespace propdesk::gui

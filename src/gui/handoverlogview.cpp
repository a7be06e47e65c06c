#include "handoverlogview.h"

#include "appsession.h"
#include "errortext.h"
#include "handoverdialogs.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QDate>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves; the last column stretches.
void padColumns(QTableView* table)
{
    for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
        table->setColumnWidth(column, table->columnWidth(column) + 12);
    }
}

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString clockText(domain::Seconds sinceMidnight)
{
    return QTime(0, 0).addSecs(static_cast<int>(sinceMidnight.count())).toString(QStringLiteral("HH:mm"));
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

HandoverLogView::HandoverLogView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setCalendarPopup(true);
    dayLabel->setBuddy(m_day);
    auto* today = new QPushButton(tr("&Today"), this);
    m_record = new QPushButton(tr("&Record handover…"), this);
    m_record->setObjectName(QStringLiteral("recordHandoverButton"));
    m_sign = new QPushButton(tr("&Sign…"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_changes = makeTable(this, {tr("Shift change"), tr("Status"), tr("Outgoing leader"), tr("Signed"),
                                 tr("Incoming leader"), tr("Signed"), tr("Handed over")});
    m_changes->setObjectName(QStringLiteral("changesTable"));

    auto* itemsBox = new QGroupBox(tr("Open items"), this);
    m_items = makeTable(itemsBox, {tr("Opened"), tr("By"), tr("Item")});
    m_items->setObjectName(QStringLiteral("itemsTable"));
    m_raise = new QPushButton(tr("R&aise item…"), itemsBox);
    m_raise->setObjectName(QStringLiteral("raiseItemButton"));
    m_close = new QPushButton(tr("&Close item…"), itemsBox);
    m_close->setObjectName(QStringLiteral("closeItemButton"));
    auto* itemButtons = new QVBoxLayout;
    itemButtons->addWidget(m_raise);
    itemButtons->addWidget(m_close);
    itemButtons->addStretch(1);
    auto* itemsLayout = new QHBoxLayout(itemsBox);
    itemsLayout->addWidget(m_items, 1);
    itemsLayout->addLayout(itemButtons);

    auto* bar = new QHBoxLayout;
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(today);
    bar->addStretch(1);
    bar->addWidget(m_record);
    bar->addWidget(m_sign);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_changes, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(itemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_day, &QDateEdit::dateChanged, this, &HandoverLogView::reload);
    connect(today, &QPushButton::clicked, this,
            [this] { m_day->setDate(toDateTime(m_session.clock().now(), m_session.zone()).date()); });
    connect(m_record, &QPushButton::clicked, this, &HandoverLogView::recordHandover);
    connect(m_sign, &QPushButton::clicked, this, &HandoverLogView::signHandover);
    connect(m_raise, &QPushButton::clicked, this, &HandoverLogView::raiseItem);
    connect(m_close, &QPushButton::clicked, this, &HandoverLogView::closeItem);
    connect(m_changes, &QTableWidget::currentCellChanged, this, &HandoverLogView::updateActions);
    connect(m_items, &QTableWidget::currentCellChanged, this, &HandoverLogView::updateActions);
    connect(m_changes, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_record->isEnabled()) {
            recordHandover();
        } else if (m_sign->isEnabled()) {
            signHandover();
        }
    });
    connect(&m_session, &AppSession::securityChanged, this, &HandoverLogView::reload);
    connect(&m_session, &AppSession::userChanged, this, &HandoverLogView::updateActions);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        const QDate day = toDateTime(m_session.clock().now(), m_session.zone()).date();
        if (m_day->date() != day) {
            m_day->setDate(day);
        } else {
            reload();
        }
    });
    m_day->setDate(toDateTime(m_session.clock().now(), m_session.zone()).date());
    reload();
}

HandoverLogView::~HandoverLogView() = default;

std::optional<domain::Handover> HandoverLogView::handover(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size())) {
        return std::nullopt;
    }
    return m_rows[static_cast<std::size_t>(row)].handover;
}

std::optional<domain::HandoverItem> HandoverLogView::item(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_openItems.size())) {
        return std::nullopt;
    }
    return m_openItems[static_cast<std::size_t>(row)];
}

void HandoverLogView::reload()
{
    const int keepChange = m_changes->currentRow();
    m_rows.clear();
    m_openItems.clear();
    m_changes->setRowCount(0);
    m_items->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        m_summary->clear();
        updateActions();
        return;
    }
    const auto zone = m_session.zone();
    auto& security = m_session.workspace().security();
    if (auto setup = security.setup(site->code)) {
        m_setup = std::move(*setup);
    }
    const auto day = toDate(m_day->date());
    auto handovers = security.handovers(site->code, day, day);
    if (!handovers) {
        m_summary->setText(errorText(handovers.error()));
        updateActions();
        return;
    }
    // One shift change at the start of each shift, in the order of the day.
    std::vector<const domain::ShiftDefinition*> shifts;
    for (const auto& shift : m_setup.shifts) {
        shifts.push_back(&shift);
    }
    std::stable_sort(shifts.begin(), shifts.end(), [](const auto* a, const auto* b) { return a->start < b->start; });
    int recorded = 0;
    int signedByBoth = 0;
    const QString notSigned = tr("not signed");
    for (const auto* shift : shifts) {
        Change change;
        change.shift = shift;
        for (const auto& h : *handovers) {
            if (h.shift == shift->code) {
                change.handover = h;
            }
        }
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0, cell(QStringLiteral("%1 %2").arg(clockText(shift->start), shiftLabel(*shift))));
        if (change.handover) {
            const auto& h = *change.handover;
            ++recorded;
            auto* status = cell(h.signedByBoth() ? tr("Signed by both") : tr("Signature missing"));
            status->setBackground(h.signedByBoth() ? QColor(0xd8, 0xf0, 0xd8) : QColor(0xff, 0xe9, 0xb8));
            status->setForeground(Qt::black);
            m_changes->setItem(row, 1, status);
            m_changes->setItem(row, 2, cell(qs(h.outgoingLeader)));
            m_changes->setItem(row, 3, cell(h.outgoingSignedAt ? formatInstant(*h.outgoingSignedAt, zone) : notSigned));
            m_changes->setItem(row, 4, cell(qs(h.incomingLeader)));
            m_changes->setItem(row, 5, cell(h.incomingSignedAt ? formatInstant(*h.incomingSignedAt, zone) : notSigned));
            auto* notes = cell(qs(h.notes).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
            notes->setToolTip(qs(h.notes));
            m_changes->setItem(row, 6, notes);
            if (h.signedByBoth()) {
                ++signedByBoth;
            }
        } else if (domain::shiftInterval(*shift, day, zone).first > m_session.clock().now()) {
            auto* status = cell(tr("Not due yet"));
            status->setForeground(QColor(0x75, 0x75, 0x75));
            m_changes->setItem(row, 1, status);
            for (int column = 2; column < 7; ++column) {
                m_changes->setItem(row, column, cell(QString()));
            }
        } else {
            auto* status = cell(tr("Not recorded"));
            status->setBackground(QColor(0xf8, 0xd7, 0xd7));
            status->setForeground(Qt::black);
            m_changes->setItem(row, 1, status);
            for (int column = 2; column < 7; ++column) {
                m_changes->setItem(row, column, cell(QString()));
            }
        }
        m_rows.push_back(std::move(change));
    }
    m_changes->resizeColumnsToContents();
    padColumns(m_changes);

    if (auto items = security.openItems(site->code)) {
        m_openItems = std::move(*items);
    }
    for (const auto& item : m_openItems) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, cell(formatInstant(item.openedAt, zone)));
        m_items->setItem(row, 1, cell(qs(item.openedBy)));
        m_items->setItem(row, 2, cell(qs(item.text)));
    }
    m_items->resizeColumnsToContents();
    padColumns(m_items);

    m_summary->setText(tr("%1 of %2 shift changes recorded, %3 signed by both · %4 open items")
                           .arg(recorded)
                           .arg(static_cast<int>(m_rows.size()))
                           .arg(signedByBoth)
                           .arg(static_cast<int>(m_openItems.size())));
    if (!m_rows.empty()) {
        m_changes->setCurrentCell(std::clamp(keepChange, 0, static_cast<int>(m_rows.size()) - 1), 0);
    }
    if (!m_openItems.empty()) {
        m_items->setCurrentCell(0, 0);
    }
    updateActions();
}

void HandoverLogView::updateActions()
{
    const bool may = m_session.site().has_value() && m_session.user().can(domain::Permission::RecordDuty);
    for (auto* button : {m_record, m_sign, m_raise, m_close}) {
        button->setVisible(m_session.user().can(domain::Permission::RecordDuty));
    }
    const int row = m_changes->currentRow();
    const bool hasRow = row >= 0 && row < static_cast<int>(m_rows.size());
    const auto h = handover(row);
    m_record->setEnabled(may && hasRow && !h);
    m_sign->setEnabled(may && h && !h->signedByBoth());
    m_raise->setEnabled(may);
    m_close->setEnabled(may && item(m_items->currentRow()).has_value());
}

void HandoverLogView::recordHandover()
{
    const int row = m_changes->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size()) || m_rows[static_cast<std::size_t>(row)].handover) {
        return;
    }
    HandoverDialog dialog(m_session, m_setup, toDate(m_day->date()), m_rows[static_cast<std::size_t>(row)].shift->code,
                          this);
    dialog.exec();
}

void HandoverLogView::signHandover()
{
    const auto h = handover(m_changes->currentRow());
    if (!h || h->signedByBoth()) {
        return;
    }
    SignHandoverDialog dialog(m_session, *h, this);
    dialog.exec();
}

void HandoverLogView::raiseItem()
{
    HandoverItemDialog dialog(m_session, std::nullopt, this);
    dialog.exec();
}

void HandoverLogView::closeItem()
{
    const auto current = item(m_items->currentRow());
    if (!current) {
        return;
    }
    HandoverItemDialog dialog(m_session, current, this);
    dialog.exec();
}

} // namespace propdesk::gui

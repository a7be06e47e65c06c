#include "spotcheckview.h"

#include "appsession.h"
#include "errortext.h"
#include "qtconvert.h"
#include "securitylabels.h"
#include "spotcheckdialog.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
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

} // namespace

SpotCheckView::SpotCheckView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    monthLabel->setBuddy(m_month);
    m_record = new QPushButton(tr("&Record spot check…"), this);
    m_record->setObjectName(QStringLiteral("recordSpotCheckButton"));
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("targetLabel"));
    QFont bold = m_target->font();
    bold.setBold(true);
    m_target->setFont(bold);
    m_target->setWordWrap(true);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("spotChecksTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Checked by"), tr("Day or night"), tr("Posts visited"), tr("Findings"), tr("Notes")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addStretch(1);
    bar->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_target);
    layout->addWidget(m_table, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &SpotCheckView::reload);
    connect(m_record, &QPushButton::clicked, this, &SpotCheckView::recordCheck);
    connect(&m_session, &AppSession::securityChanged, this, &SpotCheckView::reload);
    connect(&m_session, &AppSession::userChanged, this, &SpotCheckView::updateActions);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
        if (m_month->date() != today) {
            m_month->setDate(today);
        } else {
            reload();
        }
    });
    m_month->setDate(toDateTime(m_session.clock().now(), m_session.zone()).date());
    reload();
}

SpotCheckView::~SpotCheckView() = default;

int SpotCheckView::nightChecks() const
{
    return static_cast<int>(std::count_if(m_checks.begin(), m_checks.end(), [](const auto& c) { return c.night; }));
}

void SpotCheckView::reload()
{
    m_checks.clear();
    m_table->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        m_target->clear();
        updateActions();
        return;
    }
    auto& security = m_session.workspace().security();
    if (auto setup = security.setup(site->code)) {
        m_setup = std::move(*setup);
    }
    const QDate day = m_month->date();
    const QDate first(day.year(), day.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    auto checks = security.spotChecks(site->code, toDate(first), toDate(last));
    if (!checks) {
        m_target->setText(errorText(checks.error()));
        m_target->setStyleSheet(QStringLiteral("color: #c62828;"));
        updateActions();
        return;
    }
    m_checks = std::move(*checks);
    std::stable_sort(m_checks.begin(), m_checks.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    const auto zone = m_session.zone();
    const auto postName = [this](const std::string& code) {
        const auto* post = m_setup.post(code);
        return post ? postLabel(*post) : qs(code);
    };
    for (const auto& check : m_checks) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(formatInstant(check.at, zone)));
        m_table->setItem(row, 1, cell(qs(check.checker)));
        auto* night = cell(check.night ? tr("Night") : tr("Day"));
        if (check.night) {
            night->setBackground(shiftColour(2));
            night->setForeground(Qt::black);
        }
        m_table->setItem(row, 2, night);
        QStringList posts;
        for (const auto& post : check.posts) {
            posts << postName(post);
        }
        m_table->setItem(row, 3, cell(posts.join(QStringLiteral(", "))));
        QStringList findings;
        for (const auto& f : check.findings) {
            QString text = QStringLiteral("%1: %2").arg(postName(f.post), qs(f.finding));
            if (!f.corrective.empty()) {
                text += QStringLiteral(" → ") + qs(f.corrective);
            }
            findings << text;
        }
        auto* found = cell(findings.isEmpty() ? tr("All in order") : findings.join(QStringLiteral("; ")));
        found->setToolTip(findings.join(QLatin1Char('\n')));
        if (!findings.isEmpty()) {
            found->setForeground(QColor(0x9b, 0, 0));
        }
        m_table->setItem(row, 4, found);
        m_table->setItem(row, 5, cell(qs(check.notes)));
    }
    m_table->resizeColumnsToContents();
    padColumns(m_table);

    const int target = m_setup.nightSpotChecksPerMonth;
    const int night = nightChecks();
    m_target->setText(tr("Night spot checks in %1: %2 of %3 required · %4 checks in all")
                          .arg(QLocale().toString(first, QStringLiteral("yyyy-MM")))
                          .arg(night)
                          .arg(target)
                          .arg(static_cast<int>(m_checks.size())));
    m_target->setStyleSheet(night >= target ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #9b0000;"));
    updateActions();
}

void SpotCheckView::updateActions()
{
    const bool visible = m_session.user().can(domain::Permission::RecordSpotCheck);
    m_record->setVisible(visible);
    m_record->setEnabled(visible && m_session.site().has_value());
}

void SpotCheckView::recordCheck()
{
    if (!m_session.site()) {
        return;
    }
    SpotCheckDialog dialog(m_session, m_setup, this);
    dialog.exec();
}

} // namespace propdesk::gui

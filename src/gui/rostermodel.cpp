#include "rostermodel.h"

#include "domain/timezone.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QBrush>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace propdesk::gui {

namespace {

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

} // namespace

QString RosterModel::editMark()
{
    return QStringLiteral("✱");
}

RosterModel::RosterModel(QObject* parent) : QAbstractTableModel(parent) {}

RosterModel::~RosterModel() = default;

void RosterModel::setContent(domain::SecuritySetup setup, date::year_month month,
                             std::optional<services::RosterView> roster, std::map<domain::StaffId, std::string> staff)
{
    beginResetModel();
    m_setup = std::move(setup);
    m_month = month;
    m_roster = std::move(roster);
    m_staff = std::move(staff);
    m_columns.clear();
    for (std::size_t s = 0; s < m_setup.shifts.size(); ++s) {
        for (const domain::PostDefinition* post : m_setup.postsOf(m_setup.shifts[s].code)) {
            Column column;
            column.shift = s;
            column.post = post->code;
            m_columns.push_back(std::move(column));
        }
    }
    endResetModel();
}

QString RosterModel::guardName(const std::optional<domain::StaffId>& guard) const
{
    if (!guard) {
        return {};
    }
    if (auto found = m_staff.find(*guard); found != m_staff.end()) {
        return qs(found->second);
    }
    return QStringLiteral("#%1").arg(guard->value);
}

domain::Date RosterModel::day(int row) const
{
    return m_month / date::day{static_cast<unsigned>(row + 1)};
}

domain::SlotKey RosterModel::slotKey(const QModelIndex& index) const
{
    domain::SlotKey key;
    if (!index.isValid() || index.column() >= static_cast<int>(m_columns.size())) {
        return key;
    }
    const Column& column = m_columns[static_cast<std::size_t>(index.column())];
    key.day = day(index.row());
    key.shift = m_setup.shifts[column.shift].code;
    key.post = column.post;
    return key;
}

QModelIndex RosterModel::indexOf(const domain::SlotKey& key) const
{
    if (key.day.year() / key.day.month() != m_month) {
        return {};
    }
    const int row = static_cast<int>(static_cast<unsigned>(key.day.day())) - 1;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (m_setup.shifts[m_columns[c].shift].code == key.shift && m_columns[c].post == key.post) {
            return index(row, static_cast<int>(c));
        }
    }
    return {};
}

const domain::RosterSlot* RosterModel::slot(const QModelIndex& index) const
{
    if (!m_roster || !index.isValid()) {
        return nullptr;
    }
    return m_roster->roster.find(slotKey(index));
}

QString RosterModel::slotText(const domain::SlotKey& key) const
{
    QStringList parts;
    parts << QLocale().toString(toQDate(key.day), tr("d MMM", "day and month of a roster slot"));
    if (const auto* shift = m_setup.shift(key.shift)) {
        parts << shiftLabel(*shift);
    } else {
        parts << qs(key.shift);
    }
    if (const auto* post = m_setup.post(key.post)) {
        parts << postLabel(*post);
    } else {
        parts << qs(key.post);
    }
    return parts.join(QStringLiteral(" · "));
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return static_cast<int>(static_cast<unsigned>((m_month / date::last).day()));
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Column& column = m_columns[static_cast<std::size_t>(index.column())];
    const domain::RosterSlot* s = slot(index);
    const bool edited = s && s->change != domain::RosterChange::None;
    const auto conflicted = [&] {
        if (!m_roster || !s) {
            return false;
        }
        return std::any_of(m_roster->conflicts.begin(), m_roster->conflicts.end(),
                           [&](const domain::RosterConflict& c) { return c.slot == s->key; });
    };
    switch (role) {
    case Qt::DisplayRole: {
        if (!s) {
            return QString();
        }
        QString text = s->guard ? guardName(s->guard) : QStringLiteral("—");
        if (edited) {
            text += QLatin1Char(' ') + editMark();
        }
        return text;
    }
    case Qt::BackgroundRole:
        return QBrush(shiftColour(column.shift));
    case Qt::ForegroundRole:
        return conflicted() ? QBrush(QColor(0xb0, 0x00, 0x00)) : QBrush(Qt::black);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        if (!s) {
            return QString();
        }
        QStringList lines;
        lines << slotText(s->key);
        if (const auto* squad = m_setup.squad(s->squad)) {
            lines << tr("Squad: %1").arg(qs(squad->name));
        }
        lines << tr("Guard: %1").arg(s->guard ? guardName(s->guard) : tr("nobody (post empty)"));
        if (edited) {
            lines << tr("%1 %2 — planned: %3")
                         .arg(editMark(), rosterChangeLabel(s->change),
                              s->planned ? guardName(s->planned) : tr("nobody"));
            if (!s->note.empty()) {
                lines << tr("Note: %1").arg(qs(s->note));
            }
        }
        if (m_roster) {
            for (const auto& c : m_roster->conflicts) {
                if (c.slot == s->key) {
                    lines << tr("Conflict: %1").arg(rosterConflictLabel(c.kind));
                }
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    case ShiftIndexRole:
        return static_cast<int>(column.shift);
    case EditedRole:
        return edited;
    case ConflictRole:
        return conflicted();
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount()) {
            return {};
        }
        const QDate date = toQDate(day(section));
        if (role == Qt::DisplayRole) {
            return QStringLiteral("%1 %2")
                .arg(date.day())
                .arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat));
        }
        if (role == Qt::ForegroundRole && date.dayOfWeek() >= 6) {
            return QBrush(QColor(0xa0, 0x30, 0x30));
        }
        return {};
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    const Column& column = m_columns[static_cast<std::size_t>(section)];
    const domain::ShiftDefinition& shift = m_setup.shifts[column.shift];
    switch (role) {
    case Qt::DisplayRole: {
        const auto* post = m_setup.post(column.post);
        return QStringLiteral("%1\n%2").arg(shiftLabel(shift), post ? postLabel(*post) : qs(column.post));
    }
    case Qt::BackgroundRole:
        return QBrush(shiftColour(column.shift));
    case Qt::ToolTipRole:
        return tr("%1 %2–%3")
            .arg(shiftLabel(shift), qs(domain::formatClockTime(shift.start)),
                 qs(domain::formatClockTime(domain::Seconds{(shift.start + shift.length).count() % (24 * 3600)})));
    default:
        return {};
    }
}

} // namespace propdesk::gui

#include "rosterconflictmodel.h"

#include "qtconvert.h"
#include "rostermodel.h"
#include "securitylabels.h"

#include <QBrush>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace propdesk::gui {

RosterConflictModel::RosterConflictModel(const RosterModel& roster, QObject* parent)
    : QAbstractTableModel(parent), m_roster(roster)
{
    connect(&m_roster, &QAbstractItemModel::modelReset, this, &RosterConflictModel::reload);
    reload();
}

RosterConflictModel::~RosterConflictModel() = default;

void RosterConflictModel::reload()
{
    beginResetModel();
    m_conflicts.clear();
    if (m_roster.roster()) {
        m_conflicts = m_roster.roster()->conflicts;
    }
    endResetModel();
}

const domain::RosterConflict* RosterConflictModel::conflict(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_conflicts.size())) {
        return nullptr;
    }
    return &m_conflicts[static_cast<std::size_t>(index.row())];
}

int RosterConflictModel::blockingCount() const
{
    return static_cast<int>(std::count_if(m_conflicts.begin(), m_conflicts.end(),
                                          [](const domain::RosterConflict& c) { return c.blocksPublishing(); }));
}

int RosterConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int RosterConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const domain::RosterConflict& c = m_conflicts[static_cast<std::size_t>(index.row())];
    const domain::SecuritySetup& setup = m_roster.setup();
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Kind:
            return rosterConflictLabel(c.kind);
        case Day: {
            const QDate date(static_cast<int>(c.slot.day.year()),
                             static_cast<int>(static_cast<unsigned>(c.slot.day.month())),
                             static_cast<int>(static_cast<unsigned>(c.slot.day.day())));
            return QLocale().toString(date, QLocale::ShortFormat);
        }
        case Shift: {
            const auto* shift = setup.shift(c.slot.shift);
            return shift ? shiftLabel(*shift) : qs(c.slot.shift);
        }
        case Post: {
            const auto* post = setup.post(c.slot.post);
            return post ? postLabel(*post) : qs(c.slot.post);
        }
        case Guard:
            return c.guard ? m_roster.guardName(c.guard) : QStringLiteral("—");
        case Rest:
            return c.kind == domain::RosterConflictKind::ShortRest ? formatDuration(c.rest) : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Kind && c.blocksPublishing()) {
        return QBrush(QColor(0xb0, 0x00, 0x00));
    }
    if (role == Qt::ToolTipRole) {
        QString text = m_roster.slotText(c.slot);
        if (c.other) {
            text += QLatin1Char('\n') + tr("With: %1").arg(m_roster.slotText(*c.other));
        }
        if (c.blocksPublishing()) {
            text += QLatin1Char('\n') + tr("Blocks publishing");
        }
        return text;
    }
    return {};
}

QVariant RosterConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Kind:
        return tr("Conflict");
    case Day:
        return tr("Day");
    case Shift:
        return tr("Shift");
    case Post:
        return tr("Post");
    case Guard:
        return tr("Guard");
    case Rest:
        return tr("Rest");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui

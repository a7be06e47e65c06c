#include "patroltoursmodel.h"

#include "appsession.h"
#include "errortext.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QBrush>
#include <QFont>
#include <QStringList>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kNone = QStringLiteral("—");

QString clockTime(domain::Instant instant, const domain::TimeZone& zone)
{
    return toDateTime(instant, zone).time().toString(QStringLiteral("HH:mm"));
}

} // namespace

PatrolToursModel::PatrolToursModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

PatrolToursModel::~PatrolToursModel() = default;

void PatrolToursModel::setDay(domain::Date day)
{
    m_day = day;
    reload();
}

void PatrolToursModel::reload()
{
    beginResetModel();
    m_rounds.clear();
    m_error.clear();
    const auto& site = m_session.site();
    if (m_session.isOpen() && site) {
        auto& security = m_session.workspace().security();
        if (auto setup = security.setup(site->code)) {
            m_setup = std::move(*setup);
        }
        if (auto rounds = security.rounds(site->code, m_day, m_day)) {
            m_rounds = std::move(*rounds);
        } else {
            m_error = errorText(rounds.error());
        }
    }
    endResetModel();
    emit reloaded();
}

const rules::RoundEvaluation& PatrolToursModel::round(int row) const
{
    return m_rounds.at(static_cast<std::size_t>(row));
}

int PatrolToursModel::count(rules::RoundOutcome outcome) const
{
    return static_cast<int>(
        std::count_if(m_rounds.begin(), m_rounds.end(), [&](const auto& r) { return r.outcome == outcome; }));
}

int PatrolToursModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rounds.size());
}

int PatrolToursModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatrolToursModel::shiftName(const std::string& code) const
{
    if (const auto* shift = m_setup.shift(code)) {
        return shiftLabel(*shift);
    }
    return qs(code);
}

QVariant PatrolToursModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& r = round(index.row());
    const auto zone = m_session.zone();
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Shift:
            return shiftName(r.round.shift);
        case Route:
            return qs(r.round.routeName);
        case Round:
            return tr("%1 of %2").arg(r.round.index + 1).arg(r.round.count);
        case Planned:
            return clockTime(r.round.start, zone);
        case Outcome:
            return roundOutcomeLabel(r.outcome);
        case Visited:
            return QStringLiteral("%1 / %2").arg(r.visited).arg(r.expected);
        case Missed: {
            if (r.outcome == rules::RoundOutcome::Upcoming || r.visited == r.expected) {
                return kNone;
            }
            QStringList codes;
            for (const auto& code : r.missed()) {
                codes << qs(code);
            }
            return codes.join(QStringLiteral(", "));
        }
        case Started:
            return r.startedAt ? clockTime(*r.startedAt, zone) : kNone;
        case Guard:
            return r.guard.empty() ? kNone : qs(r.guard);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == Outcome) {
            return QBrush(roundOutcomeColour(r.outcome));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Outcome) {
            return QBrush(Qt::black);
        }
        return {};
    case Qt::FontRole:
        if (column == Outcome && rules::isFinal(r.outcome) && r.outcome != rules::RoundOutcome::Complete) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Planned) {
            return tr("Window %1–%2, on time until %3")
                .arg(clockTime(r.round.windowOpen, zone), clockTime(r.round.windowClose, zone),
                     clockTime(r.round.onTimeUntil, zone));
        }
        if (column == Missed || column == Visited) {
            QStringList lines;
            for (const auto& visit : r.visits) {
                lines
                    << (visit.at
                            ? tr("%1: %2 by %3").arg(qs(visit.checkpoint), clockTime(*visit.at, zone), qs(visit.guard))
                            : tr("%1: not visited").arg(qs(visit.checkpoint)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Round || column == Planned || column == Visited || column == Started) {
            return QVariant(Qt::AlignCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant PatrolToursModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Shift:
        return tr("Shift");
    case Route:
        return tr("Route");
    case Round:
        return tr("Round");
    case Planned:
        return tr("Planned");
    case Outcome:
        return tr("Status");
    case Visited:
        return tr("Visited");
    case Missed:
        return tr("Missed checkpoints");
    case Started:
        return tr("Started");
    case Guard:
        return tr("Guard");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui

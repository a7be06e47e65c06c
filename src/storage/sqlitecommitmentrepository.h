#pragma once

#include "domain/commitmentrepository.h"

namespace SQLite {
class Database;
} // namespace SQLite

namespace propdesk::storage {

// The commitments of every site (schema version 8): target versions with one row per indicator in a child
// table, and the append-only hand-entered figures, indicator notes and frozen report snapshots.
class SqliteCommitmentRepository final : public domain::CommitmentRepository
{
public:
    explicit SqliteCommitmentRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<std::vector<domain::TargetSet>> targetSets(domain::SiteId site) override;
    domain::Result<domain::TargetSetId> saveTargetSet(const domain::TargetSet& set) override;

    domain::Result<std::vector<domain::ManualFigure>> manualFigures(domain::SiteId site, date::year_month first,
                                                                    date::year_month last) override;
    domain::Result<domain::ManualFigureId> addManualFigure(const domain::ManualFigure& figure) override;

    domain::Result<std::vector<domain::IndicatorNote>> notes(domain::SiteId site, date::year_month first,
                                                             date::year_month last) override;
    domain::Result<domain::IndicatorNoteId> addNote(const domain::IndicatorNote& note) override;

    domain::Result<std::vector<domain::ReportSnapshot>> snapshots(domain::SiteId site) override;
    domain::Result<std::optional<domain::ReportSnapshot>> snapshot(domain::ReportSnapshotId id) override;
    domain::Result<domain::ReportSnapshotId> addSnapshot(const domain::ReportSnapshot& snapshot) override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage

#include "securitysetupview.h"

#include "appsession.h"
#include "domain/timezone.h"
#include "errortext.h"
#include "guilog.h"
#include "patrolroutesview.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

QTableWidget* table(const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QString cell(const QTableWidget* t, int row, int column)
{
    const auto* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* t, int row, int column, const QString& text, bool editable = true)
{
    auto* item = new QTableWidgetItem(text);
    if (!editable) {
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    }
    t->setItem(row, column, item);
}

QString hours(domain::Seconds seconds)
{
    return QLocale::c().toString(static_cast<double>(seconds.count()) / 3600.0, 'g', 4);
}

domain::Error invalid(const std::string& field, const std::string& message)
{
    domain::Error error;
    error.code = domain::ErrorCode::InvalidInput;
    error.field = field;
    error.message = message;
    return error;
}

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

} // namespace

SecuritySetupView::SecuritySetupView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("securitySetupView"));

    // Shifts.
    m_shifts = table("setupShifts", {tr("Code"), tr("Name"), tr("Start"), tr("Hours")});
    m_shifts->setToolTip(tr("In forward rotation order. Start as HH:MM; a shift that passes midnight ends the next "
                            "day."));
    auto* addShift = new QPushButton(tr("Add shift"));
    auto* removeShift = new QPushButton(tr("Remove shift"));
    connect(addShift, &QPushButton::clicked, this, [this] {
        const int row = m_shifts->rowCount();
        m_shifts->insertRow(row);
        setCell(m_shifts, row, ShiftCode, QString());
        setCell(m_shifts, row, ShiftName, QString());
        setCell(m_shifts, row, ShiftStart, QStringLiteral("00:00"));
        setCell(m_shifts, row, ShiftLength, QStringLiteral("8"));
        m_shifts->setCurrentCell(row, ShiftCode);
    });
    connect(removeShift, &QPushButton::clicked, this, [this] {
        if (m_shifts->currentRow() >= 0) {
            m_shifts->removeRow(m_shifts->currentRow());
        }
    });
    auto* shiftsBox = new QGroupBox(tr("Shifts"));
    auto* shiftsLayout = new QVBoxLayout(shiftsBox);
    shiftsLayout->addWidget(m_shifts);
    auto* shiftButtons = new QHBoxLayout;
    shiftButtons->addWidget(addShift);
    shiftButtons->addWidget(removeShift);
    shiftButtons->addStretch();
    shiftsLayout->addLayout(shiftButtons);

    // Posts.
    m_posts = table("setupPosts", {tr("Code"), tr("Name"), tr("Shifts")});
    m_posts->setToolTip(tr("In the order the sheet prints them. Shifts: the codes of the shifts the post is staffed "
                           "in, separated by commas; empty for every shift."));
    auto* addPost = new QPushButton(tr("Add post"));
    auto* removePost = new QPushButton(tr("Remove post"));
    connect(addPost, &QPushButton::clicked, this, [this] {
        const int row = m_posts->rowCount();
        m_posts->insertRow(row);
        for (int c = PostCode; c <= PostShifts; ++c) {
            setCell(m_posts, row, c, QString());
        }
        m_posts->setCurrentCell(row, PostCode);
    });
    connect(removePost, &QPushButton::clicked, this, [this] {
        if (m_posts->currentRow() >= 0) {
            m_posts->removeRow(m_posts->currentRow());
        }
    });
    auto* postsBox = new QGroupBox(tr("Posts"));
    auto* postsLayout = new QVBoxLayout(postsBox);
    postsLayout->addWidget(m_posts);
    auto* postButtons = new QHBoxLayout;
    postButtons->addWidget(addPost);
    postButtons->addWidget(removePost);
    postButtons->addStretch();
    postsLayout->addLayout(postButtons);

    // Squads and their guards.
    m_squads = table("setupSquads", {tr("Code"), tr("Name"), tr("Guards")});
    m_squads->setToolTip(tr("In rotation order: in the anchor's period the first squad works the first shift."));
    auto* addSquadButton = new QPushButton(tr("Add squad"));
    auto* removeSquadButton = new QPushButton(tr("Remove squad"));
    connect(addSquadButton, &QPushButton::clicked, this, &SecuritySetupView::addSquad);
    connect(removeSquadButton, &QPushButton::clicked, this, &SecuritySetupView::removeSquad);
    m_guardList = new QListWidget;
    m_guardList->setObjectName(QStringLiteral("setupGuards"));
    m_guardList->setToolTip(tr("In post order: the i-th guard takes the i-th post of the shift; the first is the "
                               "squad leader, guards beyond the posts are the reserve."));
    m_staffBox = new QComboBox;
    m_staffBox->setObjectName(QStringLiteral("setupStaff"));
    m_staffBox->setMinimumContentsLength(8);
    auto* addGuardButton = new QPushButton(tr("Add"));
    auto* removeGuardButton = new QPushButton(tr("Remove"));
    auto* upButton = new QPushButton(tr("Up"));
    auto* downButton = new QPushButton(tr("Down"));
    connect(addGuardButton, &QPushButton::clicked, this, &SecuritySetupView::addGuard);
    connect(removeGuardButton, &QPushButton::clicked, this, &SecuritySetupView::removeGuard);
    connect(upButton, &QPushButton::clicked, this, [this] { moveGuard(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveGuard(1); });
    auto* squadsBox = new QGroupBox(tr("Squads"));
    auto* squadsLayout = new QGridLayout(squadsBox);
    auto* squadButtons = new QHBoxLayout;
    squadButtons->addWidget(addSquadButton);
    squadButtons->addWidget(removeSquadButton);
    squadButtons->addStretch();
    auto* guardsLabel = new QLabel(tr("Guards of the selected squad (leader first):"));
    guardsLabel->setWordWrap(true);
    auto* guardButtons = new QHBoxLayout;
    guardButtons->addWidget(m_staffBox, 1);
    guardButtons->addWidget(addGuardButton);
    auto* guardMoves = new QHBoxLayout;
    guardMoves->addWidget(removeGuardButton);
    guardMoves->addWidget(upButton);
    guardMoves->addWidget(downButton);
    guardMoves->addStretch();
    squadsLayout->addWidget(m_squads, 0, 0, 2, 1);
    squadsLayout->addLayout(squadButtons, 2, 0);
    squadsLayout->addWidget(guardsLabel, 0, 1);
    squadsLayout->addWidget(m_guardList, 1, 1);
    squadsLayout->addLayout(guardButtons, 2, 1);
    squadsLayout->addLayout(guardMoves, 3, 1);
    squadsLayout->setColumnStretch(0, 3);
    squadsLayout->setColumnStretch(1, 2);

    // Rotation and the rest.
    m_days = new QLineEdit;
    m_days->setObjectName(QStringLiteral("setupRotationDays"));
    m_days->setPlaceholderText(QStringLiteral("1, 11, 21"));
    m_days->setToolTip(tr("The days of the month the squads move to their next shift, 1 to 28"));
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("setupDirection"));
    m_direction->addItem(tr("Forward: early → middle → night"), static_cast<int>(domain::RotationDirection::Forward));
    m_direction->addItem(tr("Backward: night → middle → early"), static_cast<int>(domain::RotationDirection::Backward));
    m_anchor = new QDateEdit;
    m_anchor->setObjectName(QStringLiteral("setupAnchor"));
    m_anchor->setCalendarPopup(true);
    m_anchor->setToolTip(tr("In the rotation period containing this day the first squad works the first shift, the "
                            "second squad the second, and so on"));
    m_rest = new QSpinBox;
    m_rest->setObjectName(QStringLiteral("setupRest"));
    m_rest->setRange(0, 24);
    m_rest->setSuffix(tr(" h"));
    m_spotChecks = new QSpinBox;
    m_spotChecks->setObjectName(QStringLiteral("setupSpotChecks"));
    m_spotChecks->setRange(0, 60);
    auto* rotationBox = new QGroupBox(tr("Rotation and checks"));
    auto* rotationForm = new QFormLayout(rotationBox);
    rotationForm->addRow(tr("Rotation days:"), m_days);
    rotationForm->addRow(tr("Direction:"), m_direction);
    rotationForm->addRow(tr("Anchor day:"), m_anchor);
    rotationForm->addRow(tr("Least rest between shifts:"), m_rest);
    rotationForm->addRow(tr("Night spot checks per month:"), m_spotChecks);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("setupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_save = new QPushButton(tr("Save set-up"));
    m_save->setObjectName(QStringLiteral("setupSave"));
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(QStringLiteral("setupRevert"));
    connect(m_save, &QPushButton::clicked, this, &SecuritySetupView::save);
    connect(m_revert, &QPushButton::clicked, this, &SecuritySetupView::revert);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_error, 1);
    actions->addStretch();
    actions->addWidget(m_revert);
    actions->addWidget(m_save);

    m_editButtons = {addShift,          removeShift,    addPost,           removePost, addSquadButton,
                     removeSquadButton, addGuardButton, removeGuardButton, upButton,   downButton};

    auto* form = new QWidget;
    auto* formLayout = new QGridLayout(form);
    formLayout->addWidget(shiftsBox, 0, 0);
    formLayout->addWidget(postsBox, 0, 1);
    formLayout->addWidget(squadsBox, 1, 0, 1, 2);
    formLayout->addWidget(rotationBox, 2, 0, 1, 2);
    formLayout->addLayout(actions, 3, 0, 1, 2);
    formLayout->setRowStretch(1, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_routes = new PatrolRoutesView(m_session);
    auto* routesBox = new QGroupBox(tr("Patrol routes"));
    auto* routesLayout = new QVBoxLayout(routesBox);
    routesLayout->addWidget(m_routes);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("securitySetupSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(routesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_squads, &QTableWidget::currentCellChanged, this, [this] { showSquadGuards(); });
    connect(&m_session, &AppSession::siteChanged, this, &SecuritySetupView::revert);
    connect(&m_session, &AppSession::staffChanged, this, &SecuritySetupView::revert);
    connect(&m_session, &AppSession::securityChanged, this, [this] {
        // Another page's write (or the command line's): read it again, unless somebody is editing here.
        if (!m_loading && !isVisible()) {
            revert();
        }
    });
    connect(&m_session, &AppSession::userChanged, this, &SecuritySetupView::updateActions);
    revert();
}

SecuritySetupView::~SecuritySetupView() = default;

QString SecuritySetupView::staffName(domain::StaffId id) const
{
    const auto found = std::find_if(m_staff.begin(), m_staff.end(), [&](const auto& s) { return s.first == id; });
    return found != m_staff.end() ? qs(found->second) : QStringLiteral("#%1").arg(id.value);
}

void SecuritySetupView::revert()
{
    m_error->hide();
    m_staff.clear();
    const auto& site = m_session.site();
    domain::SecuritySetup setup = domain::defaultSecuritySetup(site ? site->id : domain::SiteId{});
    if (m_session.isOpen() && site) {
        auto& ws = m_session.workspace();
        if (auto members = ws.staff().list(site->code)) {
            std::vector<std::pair<domain::StaffId, std::string>> inactive;
            for (const auto& member : *members) {
                (member.active ? m_staff : inactive).emplace_back(member.id, member.name);
            }
            m_staff.insert(m_staff.end(), inactive.begin(), inactive.end());
        }
        if (auto found = ws.security().setup(site->code)) {
            setup = std::move(*found);
        } else {
            m_error->setText(errorText(found.error()));
            m_error->show();
        }
    }
    m_staffBox->clear();
    for (const auto& [id, name] : m_staff) {
        m_staffBox->addItem(qs(name), QVariant(static_cast<qlonglong>(id.value)));
    }
    load(setup);
    updateActions();
}

void SecuritySetupView::load(const domain::SecuritySetup& setup)
{
    m_loading = true;
    m_loaded = setup;
    m_shifts->setRowCount(static_cast<int>(setup.shifts.size()));
    for (int row = 0; row < m_shifts->rowCount(); ++row) {
        const auto& shift = setup.shifts[static_cast<std::size_t>(row)];
        setCell(m_shifts, row, ShiftCode, qs(shift.code));
        setCell(m_shifts, row, ShiftName, qs(shift.name));
        setCell(m_shifts, row, ShiftStart, qs(domain::formatClockTime(shift.start)));
        setCell(m_shifts, row, ShiftLength, hours(shift.length));
    }
    m_posts->setRowCount(static_cast<int>(setup.posts.size()));
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        const auto& post = setup.posts[static_cast<std::size_t>(row)];
        setCell(m_posts, row, PostCode, qs(post.code));
        setCell(m_posts, row, PostName, qs(post.name));
        QStringList shifts;
        for (const auto& code : post.shifts) {
            shifts << qs(code);
        }
        setCell(m_posts, row, PostShifts, shifts.join(QStringLiteral(", ")));
    }
    m_squads->setRowCount(static_cast<int>(setup.squads.size()));
    m_guards.clear();
    for (int row = 0; row < m_squads->rowCount(); ++row) {
        const auto& squad = setup.squads[static_cast<std::size_t>(row)];
        setCell(m_squads, row, SquadCode, qs(squad.code));
        setCell(m_squads, row, SquadName, qs(squad.name));
        m_guards.push_back(squad.guards);
        updateSquadSummary(row);
    }
    QStringList days;
    for (int day : setup.rotation.days) {
        days << QString::number(day);
    }
    m_days->setText(days.join(QStringLiteral(", ")));
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(setup.rotation.direction)));
    m_anchor->setDate(toQDate(setup.rotation.anchor));
    m_rest->setValue(static_cast<int>(setup.minimumRest.count() / 3600));
    m_spotChecks->setValue(setup.nightSpotChecksPerMonth);
    for (auto* t : {m_shifts, m_posts, m_squads}) {
        t->resizeColumnsToContents();
    }
    if (m_squads->rowCount() > 0) {
        m_squads->setCurrentCell(0, SquadCode);
    }
    showSquadGuards();
    m_loading = false;
}

void SecuritySetupView::updateSquadSummary(int row)
{
    QStringList names;
    for (const auto id : m_guards[static_cast<std::size_t>(row)]) {
        names << staffName(id);
    }
    setCell(m_squads, row, SquadGuards, names.join(QStringLiteral(", ")), false);
}

void SecuritySetupView::showSquadGuards()
{
    m_guardList->clear();
    const int row = m_squads->currentRow();
    if (row < 0 || row >= static_cast<int>(m_guards.size())) {
        return;
    }
    const auto& guards = m_guards[static_cast<std::size_t>(row)];
    for (std::size_t i = 0; i < guards.size(); ++i) {
        QString text = staffName(guards[i]);
        if (i == 0) {
            text = tr("%1 (leader)").arg(text);
        }
        auto* item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, static_cast<qlonglong>(guards[i].value));
        m_guardList->addItem(item);
    }
}

void SecuritySetupView::addSquad()
{
    const int row = m_squads->rowCount();
    m_squads->insertRow(row);
    setCell(m_squads, row, SquadCode, QString::number(row + 1));
    setCell(m_squads, row, SquadName, QString());
    m_guards.emplace_back();
    updateSquadSummary(row);
    m_squads->setCurrentCell(row, SquadName);
}

void SecuritySetupView::removeSquad()
{
    const int row = m_squads->currentRow();
    if (row < 0) {
        return;
    }
    m_squads->removeRow(row);
    m_guards.erase(m_guards.begin() + row);
    showSquadGuards();
}

void SecuritySetupView::addGuard()
{
    const int row = m_squads->currentRow();
    const QVariant data = m_staffBox->currentData();
    if (row < 0 || !data.isValid()) {
        return;
    }
    const domain::StaffId id{data.toLongLong()};
    // A guard belongs to one squad: adding moves them.
    for (auto& guards : m_guards) {
        guards.erase(std::remove(guards.begin(), guards.end(), id), guards.end());
    }
    m_guards[static_cast<std::size_t>(row)].push_back(id);
    for (int r = 0; r < m_squads->rowCount(); ++r) {
        updateSquadSummary(r);
    }
    showSquadGuards();
    m_guardList->setCurrentRow(m_guardList->count() - 1);
}

void SecuritySetupView::removeGuard()
{
    const int row = m_squads->currentRow();
    const int at = m_guardList->currentRow();
    if (row < 0 || at < 0) {
        return;
    }
    auto& guards = m_guards[static_cast<std::size_t>(row)];
    guards.erase(guards.begin() + at);
    updateSquadSummary(row);
    showSquadGuards();
}

void SecuritySetupView::moveGuard(int by)
{
    const int row = m_squads->currentRow();
    const int at = m_guardList->currentRow();
    if (row < 0 || at < 0) {
        return;
    }
    auto& guards = m_guards[static_cast<std::size_t>(row)];
    const int to = at + by;
    if (to < 0 || to >= static_cast<int>(guards.size())) {
        return;
    }
    std::swap(guards[static_cast<std::size_t>(at)], guards[static_cast<std::size_t>(to)]);
    updateSquadSummary(row);
    showSquadGuards();
    m_guardList->setCurrentRow(to);
}

domain::Result<domain::SecuritySetup> SecuritySetupView::edited() const
{
    domain::SecuritySetup setup = m_loaded;
    setup.shifts.clear();
    for (int row = 0; row < m_shifts->rowCount(); ++row) {
        const std::string field = "shifts[" + std::to_string(row) + "]";
        domain::ShiftDefinition shift;
        shift.code = utf8(cell(m_shifts, row, ShiftCode));
        shift.name = utf8(cell(m_shifts, row, ShiftName));
        auto start = domain::parseClockTime(utf8(cell(m_shifts, row, ShiftStart)));
        if (!start) {
            return std::unexpected(invalid(field + ".start", QT_TR_NOOP("the start must be a time of day HH:MM")));
        }
        shift.start = *start;
        bool ok = false;
        const double length = QLocale::c().toDouble(cell(m_shifts, row, ShiftLength), &ok);
        if (!ok) {
            return std::unexpected(invalid(field + ".length", QT_TR_NOOP("the length must be a number of hours")));
        }
        shift.length = domain::Seconds{static_cast<std::int64_t>(length * 3600.0 + 0.5)};
        setup.shifts.push_back(std::move(shift));
    }
    setup.posts.clear();
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        domain::PostDefinition post;
        post.code = utf8(cell(m_posts, row, PostCode));
        post.name = utf8(cell(m_posts, row, PostName));
        const auto codes =
            cell(m_posts, row, PostShifts).split(QRegularExpression(QStringLiteral("[,，;\\s]+")), Qt::SkipEmptyParts);
        for (const QString& code : codes) {
            post.shifts.push_back(utf8(code));
        }
        setup.posts.push_back(std::move(post));
    }
    setup.squads.clear();
    for (int row = 0; row < m_squads->rowCount(); ++row) {
        domain::Squad squad;
        squad.code = utf8(cell(m_squads, row, SquadCode));
        squad.name = utf8(cell(m_squads, row, SquadName));
        squad.guards = m_guards[static_cast<std::size_t>(row)];
        setup.squads.push_back(std::move(squad));
    }
    setup.rotation.days.clear();
    for (const QString& text :
         m_days->text().split(QRegularExpression(QStringLiteral("[,，;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = text.toInt(&ok);
        if (!ok) {
            return std::unexpected(invalid("rotation.days", QT_TR_NOOP("the rotation days must be numbers 1 to 28")));
        }
        setup.rotation.days.push_back(day);
    }
    setup.rotation.direction = static_cast<domain::RotationDirection>(m_direction->currentData().toInt());
    const QDate anchor = m_anchor->date();
    setup.rotation.anchor = date::year{anchor.year()} / date::month{static_cast<unsigned>(anchor.month())} /
                            date::day{static_cast<unsigned>(anchor.day())};
    setup.minimumRest = domain::Seconds{static_cast<std::int64_t>(m_rest->value()) * 3600};
    setup.nightSpotChecksPerMonth = m_spotChecks->value();
    return setup;
}

bool SecuritySetupView::save()
{
    m_error->hide();
    const auto& site = m_session.site();
    if (!site) {
        return false;
    }
    auto setup = edited();
    domain::Error error;
    QString text;
    if (setup) {
        m_loading = true;
        auto saved = m_session.workspace().security().saveSetup(site->code, std::move(*setup));
        m_loading = false;
        if (saved) {
            load(*saved);
            m_session.notifySecurityChanged();
            return true;
        }
        error = saved.error();
        text = errorText(error);
    } else {
        // What edited() found is the fields' own reading, worded here.
        error = setup.error();
        text = QStringLiteral("%1: %2").arg(fieldText(error.field), tr(error.message.c_str()));
    }
    logger()->info("security set-up not saved: {}", error.describe());
    m_error->setText(text);
    m_error->show();
    // Point at the row the refusal names: "shifts[1].start".
    static const QRegularExpression part(QStringLiteral("^(shifts|posts|squads)\\[(\\d+)\\]"));
    if (const auto match = part.match(qs(error.field)); match.hasMatch()) {
        QTableWidget* t = match.captured(1) == QLatin1String("shifts")  ? m_shifts
                          : match.captured(1) == QLatin1String("posts") ? m_posts
                                                                        : m_squads;
        const int row = match.captured(2).toInt();
        if (row < t->rowCount()) {
            t->setCurrentCell(row, 0);
            t->setFocus();
        }
    } else if (error.field.rfind("rotation.days", 0) == 0) {
        m_days->setFocus();
    }
    return false;
}

void SecuritySetupView::updateActions()
{
    const bool may = m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ManageSecurity);
    for (auto* t : {m_shifts, m_posts, m_squads}) {
        t->setEditTriggers(may ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed
                               : QAbstractItemView::NoEditTriggers);
    }
    for (auto* b : m_editButtons) {
        b->setEnabled(may);
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_days, m_direction, m_anchor, m_rest, m_spotChecks, m_staffBox}) {
        w->setEnabled(may);
    }
    m_save->setVisible(may);
    m_revert->setVisible(may);
}

} // namespace propdesk::gui

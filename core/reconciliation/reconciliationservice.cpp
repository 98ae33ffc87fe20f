// ReconciliationService: imports, the day's state (close, reopen) and the journal. Matching is in reconmatching.cpp.
#include "reconciliationservice.h"

#include "reconday.h"

#include "auth/authorizer.h"
#include "foundation/clock.h"
#include "storage/auditlog.h"
#include "storage/bankdepositrepository.h"
#include "storage/database.h"
#include "storage/dmsrepository.h"
#include "storage/reconciliationrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace dp::recon {
namespace {

QJsonArray datesJson(const QList<QDate>& dates)
{
    QJsonArray a;
    for (const QDate& d : dates)
        a.append(d.toString(Qt::ISODate));
    return a;
}

} // namespace

ReconciliationService::ReconciliationService(store::Database& db, store::AuditLog& audit, Authorizer& auth, Clock& clock)
    : m_db(db), m_audit(audit), m_auth(auth), m_clock(clock)
{
}

QString ReconciliationService::staleDayMessage()
{
    return QCoreApplication::translate("Reconciliation", "This day was changed on another workstation; here is its current state.");
}

std::optional<Error> ReconciliationService::allowed(const Session& who, Permission permission, Session* current)
{
    return m_auth.check(who, permission, current);
}

Result<DmsFilePreview> ReconciliationService::previewDms(const Session& who, const QByteArray& content)
{
    if (auto denied = allowed(who, Permission::Reconcile))
        return *denied;
    return DmsParser::preview(content);
}

Result<std::optional<DmsColumnMapping>> ReconciliationService::savedMapping(const Session& who, const QString& dmsName)
{
    if (auto denied = allowed(who, Permission::Reconcile))
        return *denied;
    return store::DmsRepository(m_db.connection()).mapping(dmsName.trimmed().isEmpty() ? QStringLiteral("default")
                                                                                       : dmsName.trimmed());
}

Status ReconciliationService::saveMapping(const Session& who, const QString& dmsName, const DmsColumnMapping& mapping)
{
    if (auto denied = allowed(who, Permission::Reconcile))
        return *denied;
    if (!mapping.isUsable())
        return Error::validation(QStringLiteral("mapping"), QCoreApplication::translate("Reconciliation", "Say at least which columns hold the date and the amount."));
    return store::DmsRepository(m_db.connection())
        .saveMapping(dmsName.trimmed().isEmpty() ? QStringLiteral("default") : dmsName.trimmed(), mapping,
                     m_clock.nowSecs());
}

Result<DmsImportOutcome> ReconciliationService::importDms(const Session& who, const DmsImportRequest& request)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    const QString dmsName = request.dmsName.trimmed().isEmpty() ? QStringLiteral("default") : request.dmsName.trimmed();
    DmsImportOutcome outcome;
    outcome.preview = DmsParser::preview(request.content);

    DmsParseOptions options;
    options.timeZone = request.timeZone;
    options.currency = request.currency;
    options.rooftopId = request.rooftopId;
    options.mapping = request.mapping;
    store::ReconciliationRepository days(m_db.connection());
    if (request.rooftopId > 0) {
        const auto account = days.accountOfRooftop(request.rooftopId);
        if (!account)
            return account.error();
        options.accountId = account.value();
    }
    if (!options.mapping && !outcome.preview.recognized) {
        const auto saved = store::DmsRepository(m_db.connection()).mapping(dmsName);
        if (!saved)
            return saved.error();
        if (!saved.value()) {
            outcome.needsMapping = true; // the dialog asks; nothing is imported
            return outcome;
        }
        options.mapping = *saved.value();
    }
    const DmsParseResult parsed = DmsParser::parse(request.content, options);
    outcome.mapping = parsed.mapping;
    outcome.encoding = parsed.encoding;
    outcome.separator = parsed.separator;
    if (!parsed.error.isEmpty())
        return Error::validation(QStringLiteral("file"), parsed.error);
    outcome.linesRead = int(parsed.lines.size());
    outcome.badLines = parsed.badLines;
    QSet<QDate> dateSet;
    for (const DmsLine& l : parsed.lines)
        dateSet.insert(l.businessDate);
    outcome.dates = QList<QDate>(dateSet.begin(), dateSet.end());
    std::sort(outcome.dates.begin(), outcome.dates.end());
    if (!parsed.badLines.isEmpty())
        return outcome; // all or nothing: the bad lines are listed, nothing is stored
    for (const QDate& date : std::as_const(outcome.dates)) {
        const auto closed = days.isClosed(date, request.rooftopId);
        if (!closed)
            return closed.error();
        if (closed.value())
            return closedDayError(date);
    }

    QStringList keys;
    keys.reserve(parsed.lines.size());
    QHash<QString, int> seen;
    for (const DmsLine& l : parsed.lines) {
        const QString base = DmsParser::lineKey(l, 0);
        const int occurrence = seen[base]++;
        keys.append(occurrence == 0 ? base : DmsParser::lineKey(l, occurrence));
    }
    const qint64 now = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::DmsRepository repo(db);
        const auto existing = repo.importByHash(request.rooftopId, parsed.contentHash);
        if (!existing)
            return failure = existing.error(), false;
        if (existing.value()) {
            outcome.alreadyImported = true;
            outcome.importId = existing.value()->id;
            return true;
        }
        store::DmsImportRecord record;
        record.rooftopId = request.rooftopId;
        record.dmsName = dmsName;
        record.fileName = request.fileName;
        record.fileHash = parsed.contentHash;
        record.encoding = parsed.encoding;
        record.separator = parsed.separator;
        record.lineCount = int(parsed.lines.size());
        record.importedBy = current.userId;
        record.importedByName = current.name;
        record.importedAt = now;
        const auto id = repo.insertImport(record);
        if (!id)
            return failure = id.error(), false;
        outcome.importId = id.value();
        const auto added = repo.insertLines(id.value(), parsed.lines, keys);
        if (!added)
            return failure = added.error(), false;
        outcome.linesAdded = added.value();
        if (auto s = repo.setImportNewLines(id.value(), added.value()); !s)
            return failure = s.error(), false;
        if (request.mapping && request.rememberMapping) {
            if (auto s = repo.saveMapping(dmsName, *request.mapping, now); !s)
                return failure = s.error(), false;
        }
        // Every day the file touches changes: a workstation holding an older version of it must read it again.
        store::ReconciliationRepository dayRepo(db);
        for (const QDate& date : std::as_const(outcome.dates)) {
            if (auto s = touchDay(dayRepo, {date, request.rooftopId, request.timeZone}, std::nullopt, now); !s)
                return failure = s.error(), false;
        }
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "save the DMS lines"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
    if (!outcome.alreadyImported) {
        m_audit.record(current, QStringLiteral("reconciliation.dms_imported"),
                       {{QStringLiteral("file"), request.fileName},
                        {QStringLiteral("sha256"), parsed.contentHash},
                        {QStringLiteral("rooftop_id"), request.rooftopId},
                        {QStringLiteral("lines"), outcome.linesRead},
                        {QStringLiteral("added"), outcome.linesAdded},
                        {QStringLiteral("dates"), datesJson(outcome.dates)}},
                       now);
    }
    return outcome;
}

Result<BankImportOutcome> ReconciliationService::importBank(const Session& who, const BankImportRequest& request)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    BankParseResult parsed = BankParser::parse(request.content, request.currency);
    if (!parsed.error.isEmpty())
        return Error::validation(QStringLiteral("file"), parsed.error);
    BankImportOutcome outcome;
    outcome.format = parsed.format;
    outcome.depositsRead = int(parsed.deposits.size());
    outcome.badLines = parsed.badLines;
    QSet<QDate> dateSet;
    for (BankDeposit& d : parsed.deposits) {
        d.rooftopId = request.rooftopId;
        dateSet.insert(d.postedDate);
    }
    outcome.dates = QList<QDate>(dateSet.begin(), dateSet.end());
    std::sort(outcome.dates.begin(), outcome.dates.end());
    if (!parsed.badLines.isEmpty())
        return outcome;
    store::ReconciliationRepository days(m_db.connection());
    for (const QDate& date : std::as_const(outcome.dates)) {
        const auto closed = days.isClosed(date, request.rooftopId);
        if (!closed)
            return closed.error();
        if (closed.value())
            return closedDayError(date);
    }
    QStringList keys;
    QHash<QString, int> seen;
    for (const BankDeposit& d : std::as_const(parsed.deposits)) {
        const QString base = BankParser::dedupeKey(d, 0);
        const int occurrence = d.fitId.isEmpty() ? seen[base]++ : 0;
        keys.append(occurrence == 0 ? base : BankParser::dedupeKey(d, occurrence));
    }
    const qint64 now = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::BankDepositRepository repo(db);
        const auto id = repo.insertImport(request.fileName, parsed.contentHash, parsed.format, request.rooftopId,
                                          current.userId, current.name, now);
        if (!id)
            return failure = id.error(), false;
        outcome.importId = id.value();
        const auto added = repo.insertDeposits(id.value(), parsed.deposits, keys);
        if (!added)
            return failure = added.error(), false;
        outcome.depositsAdded = added.value();
        if (auto s = repo.setImportCounts(id.value(), outcome.depositsRead, added.value()); !s)
            return failure = s.error(), false;
        store::ReconciliationRepository dayRepo(db);
        for (const QDate& date : std::as_const(outcome.dates)) {
            if (auto s = touchDay(dayRepo, {date, request.rooftopId, QString()}, std::nullopt, now); !s)
                return failure = s.error(), false;
        }
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "save the bank deposits"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
    m_audit.record(current, QStringLiteral("reconciliation.bank_imported"),
                   {{QStringLiteral("file"), request.fileName},
                    {QStringLiteral("sha256"), parsed.contentHash},
                    {QStringLiteral("format"), parsed.format},
                    {QStringLiteral("deposits"), outcome.depositsRead},
                    {QStringLiteral("added"), outcome.depositsAdded}},
                   now);
    return outcome;
}

Result<DayState> ReconciliationService::dayState(const Session& who, const DayKey& day)
{
    if (auto denied = allowed(who, Permission::Reconcile))
        return *denied;
    return readDayState(store::ReconciliationRepository(m_db.connection()), day);
}

Result<DayState> ReconciliationService::closeDay(const Session& who, const DayKey& day, qint64 expectedVersion)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    if (!day.date.isValid())
        return Error::validation(QStringLiteral("date"), QCoreApplication::translate("Reconciliation", "Choose the day to close."));
    const qint64 now = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::ReconciliationRepository repo(db);
        const auto state = repo.ensureDay(day, now);
        if (!state)
            return failure = state.error(), false;
        if (state.value().closed)
            return failure = Error{Error::Code::Conflict, QCoreApplication::translate("Reconciliation", "This day is already closed."), {}}, false;
        const auto closed = repo.setClosed(day.date, day.rooftopId, expectedVersion,
                                           current.userId, current.name, now);
        if (!closed)
            return failure = closed.error(), false;
        if (!closed.value())
            return failure = Error{Error::Code::Conflict, staleDayMessage(), {}}, false;
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "close the day"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
    m_audit.record(current, QStringLiteral("reconciliation.day_closed"),
                   {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                    {QStringLiteral("rooftop_id"), day.rooftopId},
                    {QStringLiteral("time_zone"), day.timeZone}},
                   now);
    return readDayState(store::ReconciliationRepository(m_db.connection()), day);
}

Result<DayState> ReconciliationService::reopenDay(const Session& who, const DayKey& day, const QString& reason,
                                                  qint64 expectedVersion)
{
    Session current;
    if (auto denied = allowed(who, Permission::ReopenDay, &current))
        return *denied;
    if (reason.trimmed().isEmpty())
        return Error::validation(QStringLiteral("reason"), QCoreApplication::translate("Reconciliation", "Say why the day is reopened."));
    const qint64 now = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::ReconciliationRepository repo(db);
        const auto state = repo.day(day.date, day.rooftopId);
        if (!state)
            return failure = state.error(), false;
        if (!state.value() || !state.value()->closed)
            return failure = Error{Error::Code::Conflict, QCoreApplication::translate("Reconciliation", "This day is not closed."), {}}, false;
        const auto reopened = repo.setReopened(day.date, day.rooftopId, expectedVersion, current.userId, current.name,
                                               reason.trimmed(), now);
        if (!reopened)
            return failure = reopened.error(), false;
        if (!reopened.value())
            return failure = Error{Error::Code::Conflict, staleDayMessage(), {}}, false;
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "reopen the day"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
    m_audit.record(current, QStringLiteral("reconciliation.day_reopened"),
                   {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                    {QStringLiteral("rooftop_id"), day.rooftopId},
                    {QStringLiteral("reason"), reason.trimmed()}},
                   now);
    return readDayState(store::ReconciliationRepository(m_db.connection()), day);
}

Result<Journal> ReconciliationService::journal(const Session& who, const DayKey& day, const JournalAccounts& accounts)
{
    const auto r = report(who, day);
    if (!r)
        return r.error();
    const auto rooftops = store::ReconciliationRepository(m_db.connection()).rooftops();
    if (!rooftops)
        return rooftops.error();
    QList<RooftopName> names;
    for (auto it = rooftops.value().cbegin(); it != rooftops.value().cend(); ++it)
        names.append({it.key(), it.value().first, it.value().second});
    std::sort(names.begin(), names.end(), [](const RooftopName& a, const RooftopName& b) { return a.id < b.id; });
    return buildJournal(r.value(), names, accounts);
}

Status ReconciliationService::exportJournal(const Session& who, const DayKey& day, const JournalAccounts& accounts,
                                            const QString& path)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    const auto j = journal(who, day, accounts);
    if (!j)
        return j.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeJournalCsv(j.value(), file) || !file.commit())
        return Error{Error::Code::Store, QCoreApplication::translate("Reconciliation", "The journal could not be written to %1: %2").arg(path, file.errorString()), {}};
    m_audit.record(current, QStringLiteral("reconciliation.journal_exported"),
                   {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                    {QStringLiteral("rooftop_id"), day.rooftopId},
                    {QStringLiteral("lines"), int(j.value().lines.size())}},
                   m_clock.nowSecs());
    return Done{};
}

} // namespace dp::recon

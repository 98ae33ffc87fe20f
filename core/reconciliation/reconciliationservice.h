#pragma once

#include "auth/session.h"
#include "dmsparser.h"
#include "bankparser.h"
#include "journal.h"
#include "matcher.h"
#include "recontypes.h"

#include "foundation/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dp {
class Authorizer;
class Clock;
namespace store {
class Database;
class AuditLog;
}
} // namespace dp

namespace dp::recon {

// A DMS export to import.
struct DmsImportRequest
{
    QByteArray content;
    QString fileName;          // for the import's record and messages
    QString dmsName;           // which DMS wrote it: its mapping is remembered under this name ('' = "default")
    std::optional<DmsColumnMapping> mapping; // nullopt: the header's words, else the mapping saved for dmsName
    bool rememberMapping = true; // a mapping passed in is saved for dmsName
    qint64 rooftopId = 0;      // 0 = not said (lines of all rooftops)
    QString timeZone;          // IANA id of the export's dates and times; empty = UTC
    QString currency = QStringLiteral("usd");
};

struct DmsImportOutcome
{
    qint64 importId = 0;
    bool alreadyImported = false; // the same file was imported before: nothing added
    int linesRead = 0;            // good lines of the file
    int linesAdded = 0;           // new lines stored (re-imported lines are not added again)
    QList<BadLine> badLines;      // when not empty nothing was imported (all or nothing)
    bool needsMapping = false;    // the header was not recognized and no mapping is known: ask a person
    DmsFilePreview preview;       // for the mapping dialog
    QList<QDate> dates;           // the business dates the file's lines fall on, in order
    DmsColumnMapping mapping;     // the mapping used
    QString encoding;
    QChar separator;
};

struct BankImportRequest
{
    QByteArray content;
    QString fileName;
    qint64 rooftopId = 0;
    QString currency = QStringLiteral("usd");
};

struct BankImportOutcome
{
    qint64 importId = 0;
    QString format;           // "csv", "ofx-sgml", "ofx-xml"
    int depositsRead = 0;
    int depositsAdded = 0;    // FITID (else date + amount + reference) already stored: not added again
    QList<BadLine> badLines;  // when not empty nothing was imported
    QList<QDate> dates;
};

// A person's match: any items of the day, with why.
struct ManualMatchRequest
{
    DayKey day;
    MatchItems items;
    QString note;                 // required
    qint64 expectedVersion = 0;   // the day's rowVersion the person saw (DayState::rowVersion)
};

// PAY-8, the daily reconciliation, for the GUI and `dealerpay-cli reconcile` alike. Every call checks the
// permission (Reconcile; ReopenDay for reopening) through the Authorizer first (SEC-1). A closed day is read-only:
// imports touching it, matches and unmatches on it are refused. Changes of a day carry the version the caller
// saw; a change made meanwhile elsewhere answers Error::Code::Conflict, "This day was changed on another
// workstation; here is its current state." — read day() again (REL-4). Matching, closing and reopening are
// audited. Safe to call from a worker thread (one store connection per thread).
class ReconciliationService
{
public:
    ReconciliationService(store::Database& db, store::AuditLog& audit, Authorizer& auth, Clock& clock);

    // --- imports ---
    Result<DmsFilePreview> previewDms(const Session& who, const QByteArray& content);
    Result<std::optional<DmsColumnMapping>> savedMapping(const Session& who, const QString& dmsName);
    Status saveMapping(const Session& who, const QString& dmsName, const DmsColumnMapping& mapping);
    // All or nothing: bad lines (every one, with its line number) mean nothing is stored and the outcome lists
    // them (the call itself succeeds: Error is for refusals — permission, closed day — and store failures).
    Result<DmsImportOutcome> importDms(const Session& who, const DmsImportRequest& request);
    Result<BankImportOutcome> importBank(const Session& who, const BankImportRequest& request);

    // --- the day ---
    Result<DayState> dayState(const Session& who, const DayKey& day);
    // Runs the automatic rules on what is not matched yet, stores the matches (kind auto) and returns the day.
    // On a closed day nothing is matched: the day as it was closed is returned.
    Result<DayReport> reconcile(const Session& who, const DayKey& day, const MatchOptions& options = {});
    // The day as stored, without matching anything new (differences and unmatched items are worked out).
    Result<DayReport> report(const Session& who, const DayKey& day, const MatchOptions& options = {});
    Result<Match> matchManually(const Session& who, const ManualMatchRequest& request);
    // Undoes a match (auto or manual) with a note; an undone auto match is not made again automatically.
    Status unmatch(const Session& who, const DayKey& day, qint64 matchId, const QString& note, qint64 expectedVersion);
    Result<DayState> closeDay(const Session& who, const DayKey& day, qint64 expectedVersion);
    Result<DayState> reopenDay(const Session& who, const DayKey& day, const QString& reason, qint64 expectedVersion);

    // --- the journal (PAY-8 export) ---
    Result<Journal> journal(const Session& who, const DayKey& day, const JournalAccounts& accounts);
    // Writes the day's journal as CSV (explicit time zone column, SEC-4).
    Status exportJournal(const Session& who, const DayKey& day, const JournalAccounts& accounts,
                         const QString& path);

    static QString staleDayMessage(); // "This day was changed on another workstation; here is its current state."

private:
    std::optional<Error> allowed(const Session& who, Permission permission, Session* current = nullptr);
    Result<DayReport> buildReport(const DayKey& day, const MatchOptions& options, bool storeNewMatches,
                                  const Session& who);

    store::Database& m_db;
    store::AuditLog& m_audit;
    Authorizer& m_auth;
    Clock& m_clock;
};

} // namespace dp::recon

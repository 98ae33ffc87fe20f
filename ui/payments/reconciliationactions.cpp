// The Reconciliation page's actions: imports (with the column-mapping and bad-lines dialogs), manual match and
// unmatch, close and reopen, the journal export. Every call runs on a worker (ui/common/async.h).
#include "reconciliationpage.h"

#include "columnmappingdialog.h"
#include "reconciliationdialogs.h"
#include "reconciliationmodel.h"

#include "common/async.h"
#include "common/messagebox.h"
#include "context/appcontext.h"
#include "foundation/money.h"
#include "payments/paymentstext.h"
#include "reconciliation/journal.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>

namespace dp::ui {

namespace {

struct FileRead
{
    QByteArray content;
    QString error;
};

FileRead readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    return {file.readAll(), {}};
}

std::optional<Error> errorOf(const Status& status)
{
    return status ? std::nullopt : std::optional<Error>(status.error());
}

} // namespace

void ReconciliationPage::showFailure(const Error& error)
{
    MessageBox::warning(this, tr("Reconciliation"), error.message);
    if (error.code == Error::Code::Conflict)
        reload(); // the fresh state of the day another workstation changed
}

void ReconciliationPage::chooseDmsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the DMS cashier export"), suggestedFolder(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importDmsFile(path);
}

void ReconciliationPage::chooseBankFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the bank statement"), suggestedFolder(),
                                                      tr("Bank statements (*.csv *.ofx *.qfx);;All files (*)"));
    if (!path.isEmpty())
        importBankFile(path);
}

void ReconciliationPage::chooseJournalFile()
{
    const QString name = tr("journal-%1.csv").arg(businessDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the journal"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportJournalTo(path);
}

void ReconciliationPage::importDmsFile(const QString& path)
{
    if (m_busy)
        return;
    const FileRead read = readFile(path);
    if (!read.error.isEmpty()) {
        MessageBox::warning(this, tr("Import DMS file"), tr("%1 could not be read: %2").arg(path, read.error));
        return;
    }
    runDmsImport(path, read.content, std::nullopt, m_dmsName);
}

void ReconciliationPage::runDmsImport(const QString& path, const QByteArray& content,
                                      std::optional<recon::DmsColumnMapping> mapping, const QString& dmsName)
{
    const QString fileName = QFileInfo(path).fileName();
    setBusy(true, tr("Importing %1…").arg(fileName));
    recon::DmsImportRequest request;
    request.content = content;
    request.fileName = fileName;
    request.dmsName = dmsName;
    request.mapping = mapping;
    request.rooftopId = rooftopId();
    request.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    runAsync<Result<recon::DmsImportOutcome>>(
        this, [service, who, request] { return service->importDms(who, request); },
        [this, path, content, fileName](Result<recon::DmsImportOutcome> result) {
            setBusy(false);
            if (!result) {
                showMessage({});
                showFailure(result.error());
                return;
            }
            const recon::DmsImportOutcome& outcome = result.value();
            if (outcome.needsMapping) {
                showMessage({});
                auto* dialog = new ColumnMappingDialog(fileName, outcome.preview, m_dmsName, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog, path, content] {
                    m_dmsName = dialog->dmsName();
                    runDmsImport(path, content, dialog->mapping(), m_dmsName);
                });
                dialog->open();
                return;
            }
            if (!outcome.badLines.isEmpty()) {
                showMessage(tr("Nothing was imported from %1.").arg(fileName));
                auto* dialog = new BadLinesDialog(fileName, outcome.badLines, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
                return;
            }
            showMessage(outcome.alreadyImported || outcome.linesAdded == 0
                            ? tr("%1 was already imported: nothing was added.").arg(fileName)
                            : tr("%n DMS line(s) imported from %1.", nullptr, outcome.linesAdded).arg(fileName));
            afterImport(outcome.dates);
        });
}

void ReconciliationPage::importBankFile(const QString& path)
{
    if (m_busy)
        return;
    const FileRead read = readFile(path);
    if (!read.error.isEmpty()) {
        MessageBox::warning(this, tr("Import bank statement"), tr("%1 could not be read: %2").arg(path, read.error));
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    setBusy(true, tr("Importing %1…").arg(fileName));
    recon::BankImportRequest request;
    request.content = read.content;
    request.fileName = fileName;
    request.rooftopId = rooftopId();
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    runAsync<Result<recon::BankImportOutcome>>(
        this, [service, who, request] { return service->importBank(who, request); },
        [this, fileName](Result<recon::BankImportOutcome> result) {
            setBusy(false);
            if (!result) {
                showMessage({});
                showFailure(result.error());
                return;
            }
            const recon::BankImportOutcome& outcome = result.value();
            if (!outcome.badLines.isEmpty()) {
                showMessage(tr("Nothing was imported from %1.").arg(fileName));
                auto* dialog = new BadLinesDialog(fileName, outcome.badLines, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
                return;
            }
            showMessage(outcome.depositsAdded == 0
                            ? tr("%1 was already imported: nothing was added.").arg(fileName)
                            : tr("%n bank transaction(s) imported from %1.", nullptr, outcome.depositsAdded)
                                  .arg(fileName));
            afterImport({});
        });
}

// After an import: the day shown, or the file's last day when the file has nothing on the day shown.
void ReconciliationPage::afterImport(const QList<QDate>& dates)
{
    m_pendingMessage = m_message->text(); // the import's outcome stays in view once the day is shown
    if (!dates.isEmpty() && !dates.contains(businessDate())) {
        QSignalBlocker block(m_date);
        m_date->setDate(dates.last());
    }
    reload();
}

void ReconciliationPage::runChange(const QString& busyText, std::function<std::optional<Error>()> call,
                                   std::function<void(std::optional<Error>)> done)
{
    setBusy(true, busyText);
    runAsync<std::optional<Error>>(this, std::move(call), [this, done](std::optional<Error> error) {
        setBusy(false);
        showMessage({});
        if (done)
            done(error);
        if (error && error->code != Error::Code::Validation)
            showFailure(*error);
        if (!error || error->code != Error::Code::Conflict)
            reload();
    });
}

void ReconciliationPage::openMatchDialog()
{
    const QModelIndexList dms = m_dmsTable->selectionModel()->selectedRows();
    const QModelIndexList payments = m_paymentsTable->selectionModel()->selectedRows();
    if (dms.size() != 1 || payments.isEmpty())
        return;
    const ReconRow line = m_dmsModel->rowAt(m_dmsProxy->mapToSource(dms.first()).row());
    recon::ManualMatchRequest request;
    request.day = dayKey();
    request.expectedVersion = m_report.state.rowVersion;
    request.items.dmsLineIds = {line.number};
    qint64 paid = 0;
    for (const QModelIndex& index : payments) {
        const ReconRow& row = m_paymentsModel->rowAt(m_paymentsProxy->mapToSource(index).row());
        (row.kind == ReconRow::Kind::Refund ? request.items.refundIds : request.items.paymentIds).append(row.id);
        paid += row.amount;
    }
    const QString currency = m_report.totals.currency;
    QString summary = tr("Match the DMS line %1 of %2 with %n card payment(s) of %3 in all.", nullptr,
                         int(payments.size()))
                          .arg(line.cells.value(1), formatMoney(line.amount, currency), formatMoney(paid, currency));
    if (paid != line.amount)
        summary += QLatin1Char(' ') + tr("The difference of %1 stays on record with your note.")
                                          .arg(formatMoney(line.amount - paid, currency));
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    auto* dialog = new NoteDialog(
        tr("Match by hand"), summary, tr("Note:"), tr("Match"),
        [this, service, who, request](const QString& note, NoteDialog::Done done) mutable {
            request.note = note;
            runChange(tr("Matching…"),
                      [service, who, request] {
                          const Result<recon::Match> made = service->matchManually(who, request);
                          return made ? std::nullopt : std::optional<Error>(made.error());
                      },
                      done);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReconciliationPage::openUnmatchDialog()
{
    const QModelIndexList selected = m_matchedTable->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const ReconRow match = m_matchedModel->rowAt(m_matchedProxy->mapToSource(selected.first()).row());
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    const recon::DayKey day = dayKey();
    const qint64 version = m_report.state.rowVersion;
    auto* dialog = new NoteDialog(
        tr("Unmatch"),
        tr("Undo the match of %1 (%2)? Its lines go back to the lists of what is not matched, and it is not made "
           "again automatically.")
            .arg(match.cells.value(1), match.cells.value(3)),
        tr("Note:"), tr("Unmatch"),
        [this, service, who, day, version, id = match.number](const QString& note, NoteDialog::Done done) {
            runChange(tr("Unmatching…"),
                      [service, who, day, version, id, note] {
                          return errorOf(service->unmatch(who, day, id, note, version));
                      },
                      done);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReconciliationPage::closeDay()
{
    const QString day = QLocale().toString(businessDate(), QLocale::LongFormat);
    if (MessageBox::question(this, tr("Close day"),
                             tr("Close %1? A closed day is read-only: nothing can be imported, matched or unmatched "
                                "until an administrator reopens it.")
                                 .arg(day))
        != QMessageBox::Yes)
        return;
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    const recon::DayKey key = dayKey();
    const qint64 version = m_report.state.rowVersion;
    runChange(tr("Closing the day…"), [service, who, key, version] {
        const Result<recon::DayState> closed = service->closeDay(who, key, version);
        return closed ? std::nullopt : std::optional<Error>(closed.error());
    });
}

void ReconciliationPage::openReopenDialog()
{
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    const recon::DayKey key = dayKey();
    const qint64 version = m_report.state.rowVersion;
    auto* dialog = new NoteDialog(
        tr("Reopen day"),
        tr("Reopen %1? Say why: the reason is kept in the audit log.")
            .arg(QLocale().toString(businessDate(), QLocale::LongFormat)),
        tr("Reason:"), tr("Reopen"),
        [this, service, who, key, version](const QString& reason, NoteDialog::Done done) {
            runChange(tr("Reopening the day…"),
                      [service, who, key, version, reason] {
                          const Result<recon::DayState> reopened = service->reopenDay(who, key, reason, version);
                          return reopened ? std::nullopt : std::optional<Error>(reopened.error());
                      },
                      done);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReconciliationPage::exportJournalTo(const QString& path)
{
    if (m_busy)
        return;
    setBusy(true, tr("Exporting the journal…"));
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    const recon::DayKey key = dayKey();
    const recon::JournalAccounts accounts = recon::JournalAccounts::fromSettings(m_ctx.settings());
    runAsync<std::optional<Error>>(
        this, [service, who, key, accounts, path] { return errorOf(service->exportJournal(who, key, accounts, path)); },
        [this, path](std::optional<Error> error) {
            setBusy(false);
            if (error) {
                showMessage({});
                showFailure(*error);
                return;
            }
            showMessage(tr("The journal was saved to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace dp::ui

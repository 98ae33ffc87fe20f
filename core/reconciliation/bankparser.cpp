#include "bankparser.h"

#include "amounttext.h"
#include "datetext.h"
#include "foundation/csvreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace dp::recon {
namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString normalizeHeader(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    }
    return out.simplified();
}

enum Col { ColDate, ColAmount, ColCredit, ColDebit, ColName, ColReference, ColMemo, ColFitId, ColCount };

int columnOf(const QString& header)
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> h;
        for (const char* w : {"date", "posting date", "posted date", "post date", "transaction date", "value date",
                              "date de l operation", "date d operation", "date operation", "date de valeur",
                              "date comptable", "data", "data operazione", "data contabile", "data valuta"})
            h.insert(QLatin1String(w), ColDate);
        for (const char* w : {"amount", "montant", "importo", "transaction amount"})
            h.insert(QLatin1String(w), ColAmount);
        for (const char* w : {"credit", "credits", "deposit", "deposits", "credit amount", "montant credit", "avere",
                              "entrate", "accrediti"})
            h.insert(QLatin1String(w), ColCredit);
        for (const char* w : {"debit", "debits", "withdrawal", "withdrawals", "debit amount", "montant debit", "dare",
                              "uscite", "addebiti"})
            h.insert(QLatin1String(w), ColDebit);
        for (const char* w : {"description", "name", "payee", "libelle", "libelle de l operation", "descrizione",
                              "causale", "beneficiario", "details", "detail"})
            h.insert(QLatin1String(w), ColName);
        for (const char* w : {"reference", "ref", "check number", "cheque", "numero", "riferimento", "rif"})
            h.insert(QLatin1String(w), ColReference);
        for (const char* w : {"memo", "note", "notes", "commentaire", "nota"})
            h.insert(QLatin1String(w), ColMemo);
        for (const char* w : {"fitid", "transaction id", "id", "bank reference", "identifiant", "id transazione"})
            h.insert(QLatin1String(w), ColFitId);
        return h;
    }();
    return words.value(normalizeHeader(header), -1);
}

// The text of one SGML/XML element inside a block: "<TAG>value" up to the next tag or line end.
QString elementValue(const QString& block, const QString& tag)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<\\r\\n]*)").arg(tag), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(block);
    if (!m.hasMatch())
        return {};
    QString v = m.captured(1).trimmed();
    v.replace(QLatin1String("&lt;"), QLatin1String("<"));
    v.replace(QLatin1String("&gt;"), QLatin1String(">"));
    v.replace(QLatin1String("&quot;"), QLatin1String("\""));
    v.replace(QLatin1String("&apos;"), QLatin1String("'"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    for (auto m = numeric.match(v); m.hasMatch(); m = numeric.match(v, m.capturedStart() + 1)) {
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (!ok || code == 0 || code > 0x10FFFF)
            continue;
        v.replace(m.capturedStart(), m.capturedLength(), QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1));
    }
    v.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return v;
}

int lineOf(const QString& text, qsizetype pos)
{
    return int(QStringView(text).left(pos).count(QLatin1Char('\n'))) + 1;
}

} // namespace

bool BankParser::looksLikeOfx(const QByteArray& content)
{
    const QByteArray head = content.left(4096).toUpper();
    return head.contains("OFXHEADER") || head.contains("<OFX>") || head.contains("<?OFX");
}

QString BankParser::dedupeKey(const BankDeposit& d, int occurrence)
{
    if (!d.fitId.isEmpty())
        return QStringLiteral("fitid:") + d.fitId;
    const QString text = d.postedDate.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(d.amount)
        + QLatin1Char('|') + d.reference + QLatin1Char('|') + d.name + QLatin1Char('|') + QString::number(occurrence);
    return QStringLiteral("line:")
        + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

BankParseResult BankParser::parse(const QByteArray& content, const QString& currency)
{
    return looksLikeOfx(content) ? parseOfx(content, currency) : parseCsv(content, currency);
}

BankParseResult BankParser::parseOfx(const QByteArray& content, const QString& currency)
{
    BankParseResult result;
    result.contentHash = sha256Hex(content);
    const QString text = decodeText(content);
    const bool xml = text.left(512).contains(QLatin1String("<?xml"), Qt::CaseInsensitive)
        || text.left(512).contains(QLatin1String("<?OFX"), Qt::CaseInsensitive);
    result.format = xml ? QStringLiteral("ofx-xml") : QStringLiteral("ofx-sgml");
    QString fileCurrency = elementValue(text, QStringLiteral("CURDEF")).toLower();
    if (fileCurrency.size() != 3)
        fileCurrency = currency.toLower();
    static const QRegularExpression open(QStringLiteral("<STMTTRN>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("</STMTTRN>|<STMTTRN>|</BANKTRANLIST>"),
                                        QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    int found = 0;
    while (true) {
        const auto m = open.match(text, pos);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedEnd();
        const auto e = end.match(text, start);
        const qsizetype stop = e.hasMatch() ? e.capturedStart() : text.size();
        const QString block = text.mid(start, stop - start);
        const int lineNo = lineOf(text, m.capturedStart());
        pos = stop;
        ++found;
        BankDeposit d;
        d.lineNumber = lineNo;
        d.currency = fileCurrency;
        const QString posted = elementValue(block, QStringLiteral("DTPOSTED"));
        d.postedDate = parseBankDate(posted);
        if (!d.postedDate.isValid()) {
            result.badLines.append({lineNo, QCoreApplication::translate("BankImport", "The transaction has no valid DTPOSTED date (\"%1\").").arg(posted)});
            continue;
        }
        const QString amountText = elementValue(block, QStringLiteral("TRNAMT"));
        const auto amount = parseAmountText(amountText);
        if (amountText.isEmpty() || !amount) {
            result.badLines.append({lineNo, QCoreApplication::translate("BankImport", "The transaction has no valid TRNAMT amount (\"%1\").").arg(amountText)});
            continue;
        }
        d.amount = *amount;
        d.fitId = elementValue(block, QStringLiteral("FITID"));
        d.name = elementValue(block, QStringLiteral("NAME"));
        if (d.name.isEmpty())
            d.name = elementValue(block, QStringLiteral("PAYEE"));
        d.memo = elementValue(block, QStringLiteral("MEMO"));
        d.reference = elementValue(block, QStringLiteral("REFNUM"));
        if (d.reference.isEmpty())
            d.reference = elementValue(block, QStringLiteral("CHECKNUM"));
        result.deposits.append(d);
    }
    if (found == 0)
        result.error = QCoreApplication::translate("BankImport", "The OFX file holds no transactions (no STMTTRN).");
    return result;
}

BankParseResult BankParser::parseCsv(const QByteArray& content, const QString& currency)
{
    BankParseResult result;
    result.format = QStringLiteral("csv");
    result.contentHash = sha256Hex(content);
    const CsvTable table = readCsv(content);
    if (table.records.size() < 2) {
        result.error = QCoreApplication::translate("BankImport", "The bank statement has no transactions.");
        return result;
    }
    if (!table.error.isEmpty()) {
        result.error = QCoreApplication::translate("BankImport", "The file ends inside a quoted cell: a quote (\") is not closed.");
        return result;
    }
    int cols[ColCount];
    std::fill(std::begin(cols), std::end(cols), -1);
    const QStringList& header = table.records.first();
    bool european = false;
    for (int c = 0; c < header.size(); ++c) {
        const int col = columnOf(header.at(c));
        if (col >= 0 && cols[col] < 0)
            cols[col] = c;
        const QString n = normalizeHeader(header.at(c));
        european = european || n.contains(QLatin1String("montant")) || n.contains(QLatin1String("importo"))
            || n.contains(QLatin1String("libelle")) || n.contains(QLatin1String("data"));
    }
    if (cols[ColDate] < 0 || (cols[ColAmount] < 0 && cols[ColCredit] < 0)) {
        result.error = QCoreApplication::translate("BankImport", "The columns of this bank statement are not recognized: it needs a date column and an "
                          "amount (or credit) column.");
        return result;
    }
    QStringList dates;
    for (int r = 1; r < table.records.size(); ++r)
        dates.append(table.records.at(r).value(cols[ColDate]));
    const auto order = detectDateOrder(dates, european ? DmsColumnMapping::DateOrder::DayMonthYear
                                                       : DmsColumnMapping::DateOrder::MonthDayYear);
    for (int r = 1; r < table.records.size(); ++r) {
        const QStringList& cells = table.records.at(r);
        const int lineNo = table.lineNumbers.at(r);
        BankDeposit d;
        d.lineNumber = lineNo;
        d.currency = currency.toLower();
        d.postedDate = parseDateText(cells.value(cols[ColDate]), order).date;
        if (!d.postedDate.isValid()) {
            result.badLines.append({lineNo, QCoreApplication::translate("BankImport", "\"%1\" is not a date.").arg(cells.value(cols[ColDate]))});
            continue;
        }
        if (cols[ColAmount] >= 0 && !cells.value(cols[ColAmount]).trimmed().isEmpty()) {
            const auto a = parseAmountText(cells.value(cols[ColAmount]));
            if (!a) {
                result.badLines.append({lineNo, QCoreApplication::translate("BankImport", "\"%1\" is not an amount.").arg(cells.value(cols[ColAmount]))});
                continue;
            }
            d.amount = *a;
        } else {
            const QString credit = cells.value(cols[ColCredit]).trimmed();
            const QString debit = cols[ColDebit] >= 0 ? cells.value(cols[ColDebit]).trimmed() : QString();
            const auto c = credit.isEmpty() ? std::optional<qint64>(0) : parseAmountText(credit);
            const auto b = debit.isEmpty() ? std::optional<qint64>(0) : parseAmountText(debit);
            if (!c || !b || (credit.isEmpty() && debit.isEmpty())) {
                result.badLines.append({lineNo, QCoreApplication::translate("BankImport", "This line has no amount in its credit or debit column.")});
                continue;
            }
            d.amount = *c - (*b < 0 ? -*b : *b);
        }
        d.name = cells.value(cols[ColName]).trimmed();
        d.reference = cells.value(cols[ColReference]).trimmed();
        d.memo = cells.value(cols[ColMemo]).trimmed();
        d.fitId = cells.value(cols[ColFitId]).trimmed();
        result.deposits.append(d);
    }
    return result;
}

} // namespace dp::recon

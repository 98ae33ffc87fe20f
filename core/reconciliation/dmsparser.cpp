#include "dmsparser.h"

#include "amounttext.h"
#include "datetext.h"
#include "foundation/csvreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace dp::recon {
namespace {

enum Role { RoleDate, RoleTime, RoleAmount, RolePaymentType, RoleReference, RoleCustomer, RoleRo, RoleCurrency, RoleNone };

// Whole header texts (normalized: lower case, no accents, punctuation as spaces), English, French, Italian.
const QHash<QString, Role>& phrases()
{
    static const QHash<QString, Role> all = [] {
        QHash<QString, Role> h;
        for (const char* p : {"date", "business date", "trans date", "transaction date", "posting date", "payment date",
                              "receipt date", "date de transaction", "date de paiement", "date du paiement", "jour",
                              "data", "data operazione", "data pagamento", "data incasso", "giorno"})
            h.insert(QLatin1String(p), RoleDate);
        for (const char* p : {"time", "hour", "trans time", "transaction time", "heure", "heure de transaction", "ora",
                              "orario", "ora operazione"})
            h.insert(QLatin1String(p), RoleTime);
        for (const char* p : {"ro", "ro no", "ro number", "ro num", "repair order", "repair order number",
                              "repair order no", "invoice", "invoice no", "invoice number", "invoice num", "ro invoice",
                              "n facture", "no facture", "numero de facture", "facture", "n bt", "bt", "no bt", "n or",
                              "or", "no or", "ordre de reparation", "bon de travail", "n ordre de reparation",
                              "fattura", "n fattura", "numero fattura", "nr fattura", "ordine di riparazione",
                              "n ordine di riparazione", "odl", "n odl", "ordine di lavoro"})
            h.insert(QLatin1String(p), RoleRo);
        for (const char* p : {"customer", "customer name", "client", "nom du client", "nom client", "cliente",
                              "nome cliente", "name", "nom", "nome"})
            h.insert(QLatin1String(p), RoleCustomer);
        for (const char* p : {"amount", "amount paid", "payment amount", "total", "total paid", "montant",
                              "montant paye", "montant regle", "total paye", "importo", "importo pagato", "totale",
                              "importo incassato"})
            h.insert(QLatin1String(p), RoleAmount);
        for (const char* p : {"payment type", "pay type", "type", "tender", "tender type", "payment method", "method",
                              "mode de paiement", "type de paiement", "moyen de paiement", "mode de reglement",
                              "tipo pagamento", "metodo di pagamento", "modalita di pagamento", "tipo"})
            h.insert(QLatin1String(p), RolePaymentType);
        for (const char* p : {"reference", "ref", "auth", "auth code", "authorization", "authorization code",
                              "transaction id", "reference de transaction", "ref transaction", "autorisation",
                              "numero d autorisation", "riferimento", "rif", "autorizzazione", "codice autorizzazione"})
            h.insert(QLatin1String(p), RoleReference);
        for (const char* p : {"currency", "curr", "devise", "monnaie", "valuta"})
            h.insert(QLatin1String(p), RoleCurrency);
        return h;
    }();
    return all;
}

// Single words, for headers that are not one of the phrases ("Invoice Amount", "Nom du client payeur").
Role roleOfWords(const QStringList& words)
{
    const QSet<QString> w(words.begin(), words.end());
    auto any = [&](std::initializer_list<const char*> list) {
        for (const char* x : list) {
            if (w.contains(QLatin1String(x)))
                return true;
        }
        return false;
    };
    const bool date = any({"date", "data", "jour", "giorno"});
    const bool time = any({"time", "heure", "ora", "orario", "hour"});
    if (date)
        return RoleDate; // "Date / heure": the date, with the time in it
    if (time)
        return RoleTime;
    if (any({"amount", "montant", "importo", "total", "totale", "somme"}))
        return RoleAmount;
    if (any({"tender", "method", "mode", "tipo", "metodo", "modalita", "moyen", "type"}))
        return RolePaymentType;
    if (any({"reference", "ref", "auth", "authorization", "riferimento", "rif", "autorizzazione", "autorisation"}))
        return RoleReference;
    if (any({"customer", "client", "cliente", "nom", "name", "nome"}))
        return RoleCustomer;
    if (any({"ro", "invoice", "facture", "bt", "or", "fattura", "riparazione", "repair", "odl"}))
        return RoleRo;
    if (any({"currency", "devise", "valuta"}))
        return RoleCurrency;
    return RoleNone;
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

// French and Italian header words: dates are then read day first when they could be either.
bool isEuropeanWord(const QString& normalized)
{
    static const QSet<QString> words = {QStringLiteral("facture"), QStringLiteral("montant"), QStringLiteral("heure"),
                                        QStringLiteral("client"), QStringLiteral("jour"), QStringLiteral("devise"),
                                        QStringLiteral("importo"), QStringLiteral("fattura"), QStringLiteral("data"),
                                        QStringLiteral("ora"), QStringLiteral("cliente"), QStringLiteral("valuta"),
                                        QStringLiteral("riferimento"), QStringLiteral("totale"), QStringLiteral("bt")};
    const QStringList parts = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        if (words.contains(p))
            return true;
    }
    return false;
}

int* slotOf(DmsColumnMapping& m, Role role)
{
    switch (role) {
    case RoleDate: return &m.date;
    case RoleTime: return &m.time;
    case RoleAmount: return &m.amount;
    case RolePaymentType: return &m.paymentType;
    case RoleReference: return &m.reference;
    case RoleCustomer: return &m.customer;
    case RoleRo: return &m.roNumber;
    case RoleCurrency: return &m.currency;
    case RoleNone: break;
    }
    return nullptr;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int requiredCells(const DmsColumnMapping& m)
{
    return std::max({m.date, m.time, m.roNumber, m.customer, m.amount, m.paymentType, m.reference, m.currency}) + 1;
}

// A guess for the mapping dialog when the header says nothing: read from the first record after the header (or
// the first, when it already is a line): the first column of dates, then of times, the last of amounts.
DmsColumnMapping guessMapping(const QList<QStringList>& rows)
{
    DmsColumnMapping m;
    if (rows.isEmpty())
        return m;
    const QStringList& sample = rows.size() > 1 ? rows.at(1) : rows.first();
    static const QRegularExpression cents(QStringLiteral("[.,]\\d\\d\\)?$"));
    for (int c = 0; c < sample.size(); ++c) {
        const QString v = sample.at(c);
        if (m.date < 0 && parseDateText(v, DmsColumnMapping::DateOrder::Auto).date.isValid())
            m.date = c;
        else if (m.time < 0 && v.contains(QLatin1Char(':')) && parseTimeText(v).isValid())
            m.time = c;
        else if (parseAmountText(v) && cents.match(v.trimmed()).hasMatch())
            m.amount = c;
    }
    // A first record whose date cell is a date is a line, not a header.
    m.hasHeader = !(m.date >= 0 && parseDateText(rows.first().value(m.date), DmsColumnMapping::DateOrder::Auto).date.isValid());
    return m;
}

} // namespace

std::optional<DmsColumnMapping> DmsParser::recognizeHeader(const QStringList& header)
{
    DmsColumnMapping m;
    bool european = false;
    for (int c = 0; c < header.size(); ++c) {
        const QString normalized = normalizeHeader(header.at(c));
        if (normalized.isEmpty())
            continue;
        european = european || isEuropeanWord(normalized);
        Role role = phrases().value(normalized, RoleNone);
        if (role == RoleNone)
            role = roleOfWords(normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        int* slot = slotOf(m, role);
        if (slot && *slot < 0)
            *slot = c;
    }
    if (!m.isUsable())
        return std::nullopt;
    m.hasHeader = true;
    // Dates are read day first when they could be either and the header is French or Italian: the mapping stays
    // Auto, parse() looks at the header again.
    Q_UNUSED(european);
    return m;
}

DmsFilePreview DmsParser::preview(const QByteArray& content)
{
    DmsFilePreview p;
    p.contentHash = sha256Hex(content);
    const CsvTable table = readCsv(content);
    p.encoding = table.encoding;
    p.separator = table.separator;
    if (table.records.isEmpty())
        return p;
    p.header = table.records.first();
    p.recordCount = int(table.records.size()) - 1;
    p.sampleRows = table.records.mid(1, 20);
    if (const auto recognized = recognizeHeader(p.header)) {
        p.recognized = true;
        p.mapping = *recognized;
    } else {
        p.mapping = guessMapping(table.records.mid(0, 20));
    }
    return p;
}

QString DmsParser::lineKey(const DmsLine& line, int occurrence)
{
    const QString text = line.businessDate.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(line.at)
        + QLatin1Char('|') + line.roNumber + QLatin1Char('|') + QString::number(line.amount) + QLatin1Char('|')
        + line.currency + QLatin1Char('|') + line.paymentType + QLatin1Char('|') + line.reference + QLatin1Char('|')
        + line.customer + QLatin1Char('|') + QString::number(occurrence);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

DmsParseResult DmsParser::parse(const QByteArray& content, const DmsParseOptions& options)
{
    DmsParseResult result;
    result.contentHash = sha256Hex(content);
    const CsvTable table = readCsv(content);
    result.encoding = table.encoding;
    result.separator = table.separator;
    if (table.records.isEmpty()) {
        result.error = QCoreApplication::translate("DmsImport", "The file is empty: it has no lines to import.");
        return result;
    }
    if (!table.error.isEmpty()) {
        result.error = QCoreApplication::translate("DmsImport", "The file ends inside a quoted cell: a quote (\") is not closed.");
        return result;
    }
    DmsColumnMapping mapping;
    bool european = false;
    if (options.mapping) {
        mapping = *options.mapping;
    } else if (const auto recognized = recognizeHeader(table.records.first())) {
        mapping = *recognized;
        for (const QString& h : table.records.first())
            european = european || isEuropeanWord(normalizeHeader(h));
    } else {
        result.error = QCoreApplication::translate("DmsImport", "The columns of this file are not recognized: say which column holds the date, the amount "
                          "and the RO number.");
        return result;
    }
    result.mapping = mapping;
    if (!mapping.isUsable()) {
        result.error = QCoreApplication::translate("DmsImport", "Say at least which columns hold the date and the amount.");
        return result;
    }
    const int first = mapping.hasHeader ? 1 : 0;
    const int needed = requiredCells(mapping);

    // The order of day and month, when the mapping leaves it open: a value that can only be one way decides for
    // the whole file; otherwise French and Italian headers read day first, English ones month first.
    DmsColumnMapping::DateOrder order = mapping.dateOrder;
    if (order == DmsColumnMapping::DateOrder::Auto) {
        QStringList values;
        for (int r = first; r < table.records.size(); ++r)
            values.append(table.records.at(r).value(mapping.date));
        order = detectDateOrder(values, european ? DmsColumnMapping::DateOrder::DayMonthYear
                                                 : DmsColumnMapping::DateOrder::MonthDayYear);
    }
    const QTimeZone zone = options.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(options.timeZone.toUtf8());
    if (!zone.isValid()) {
        result.error = QCoreApplication::translate("DmsImport", "\"%1\" is not a time zone (e.g. America/Toronto).").arg(options.timeZone);
        return result;
    }
    const int decimals = 2;
    for (int r = first; r < table.records.size(); ++r) {
        const QStringList& cells = table.records.at(r);
        const int lineNo = table.lineNumbers.at(r);
        if (cells.size() < needed) {
            result.badLines.append({lineNo, QCoreApplication::translate("DmsImport", "This line has %n cell(s); the columns chosen need %1.", nullptr,
                                               int(cells.size()))
                                                .arg(needed)});
            continue;
        }
        DmsLine line;
        line.lineNumber = lineNo;
        line.rooftopId = options.rooftopId;
        line.accountId = options.accountId;
        const DateTimeText when = parseDateText(cells.at(mapping.date), order);
        if (!when.date.isValid()) {
            result.badLines.append({lineNo, QCoreApplication::translate("DmsImport", "\"%1\" is not a date.").arg(cells.at(mapping.date))});
            continue;
        }
        line.businessDate = when.date;
        QTime time = when.time;
        if (mapping.time >= 0 && !cells.at(mapping.time).trimmed().isEmpty()) {
            time = parseTimeText(cells.at(mapping.time));
            if (!time.isValid()) {
                result.badLines.append({lineNo, QCoreApplication::translate("DmsImport", "\"%1\" is not a time.").arg(cells.at(mapping.time))});
                continue;
            }
        }
        if (time.isValid())
            line.at = QDateTime(line.businessDate, time, zone).toSecsSinceEpoch();
        const QString amountText = cells.at(mapping.amount);
        if (amountText.trimmed().isEmpty()) {
            result.badLines.append({lineNo, QCoreApplication::translate("DmsImport", "The amount is empty.")});
            continue;
        }
        const auto amount = parseAmountText(amountText, decimals);
        if (!amount) {
            result.badLines.append({lineNo, QCoreApplication::translate("DmsImport", "\"%1\" is not an amount.").arg(amountText)});
            continue;
        }
        line.amount = *amount;
        line.currency = options.currency.toLower();
        if (mapping.currency >= 0 && !cells.at(mapping.currency).trimmed().isEmpty()) {
            const QString cur = cells.at(mapping.currency).trimmed().toLower();
            if (cur.size() != 3 || !cur.at(0).isLetter()) {
                result.badLines.append({lineNo, QCoreApplication::translate("DmsImport", "\"%1\" is not a currency code (e.g. USD).").arg(cells.at(mapping.currency))});
                continue;
            }
            line.currency = cur;
        }
        if (mapping.roNumber >= 0) {
            line.roNumber = cells.at(mapping.roNumber).trimmed();
            line.roKey = normalizeRoNumber(line.roNumber);
        }
        if (mapping.customer >= 0)
            line.customer = cells.at(mapping.customer).trimmed();
        if (mapping.paymentType >= 0)
            line.paymentType = cells.at(mapping.paymentType).trimmed();
        if (mapping.reference >= 0)
            line.reference = cells.at(mapping.reference).trimmed();
        result.lines.append(line);
    }
    if (result.lines.isEmpty() && result.badLines.isEmpty())
        result.error = QCoreApplication::translate("DmsImport", "The file has a header but no lines to import.");
    return result;
}

} // namespace dp::recon

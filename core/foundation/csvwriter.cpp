#include "csvwriter.h"

namespace dp {
namespace {

constexpr qsizetype kFlushAt = 1 << 20;

bool needsNeutralizing(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool needsNeutralizing(char first)
{
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

} // namespace

QString neutralizeCsvCell(const QString& cell)
{
    if (!cell.isEmpty() && needsNeutralizing(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString quoteCsvCell(const QString& cell, QChar separator)
{
    bool quote = false;
    for (const QChar c : cell) {
        if (c == separator || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

CsvWriter::CsvWriter(QIODevice& out, QChar separator) : m_out(out), m_separator(separator.toLatin1())
{
    m_buffer.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeRow(const QStringList& cells)
{
    for (const QString& cell : cells)
        addCell(cell);
    endRow();
}

void CsvWriter::addCell(const QString& cell)
{
    addCell(QByteArrayView(cell.toUtf8()));
}

void CsvWriter::addCell(QByteArrayView cell)
{
    if (!m_firstCell)
        m_buffer.append(m_separator);
    m_firstCell = false;
    if (cell.isEmpty())
        return;
    bool quote = false;
    for (const char c : cell) {
        if (c == m_separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    const bool neutralize = needsNeutralizing(cell.front());
    if (!quote) {
        if (neutralize)
            m_buffer.append('\'');
        m_buffer.append(cell);
        return;
    }
    m_buffer.append('"');
    if (neutralize)
        m_buffer.append('\'');
    for (const char c : cell) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_firstCell = true;
    ++m_rows;
    if (m_buffer.size() >= kFlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_out.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace dp

#include "formerrors.h"

#include "uistyle.h"

#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace dp::ui {

QString FormErrors::normalize(const QString& field)
{
    // "company[tax_id]" / "company.tax_id" -> "tax_id" -> "taxid"
    static const QRegularExpression separators(QStringLiteral("[\\[\\].]"));
    const QStringList parts = field.split(separators, Qt::SkipEmptyParts);
    QString key = parts.isEmpty() ? field : parts.last();
    key.remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return key.toLower();
}

void FormErrors::add(const QStringList& fields, QWidget* input, QLabel* errorLabel)
{
    for (const QString& field : fields)
        m_fields.insert(normalize(field), {input, errorLabel});
    if (!m_labels.contains(errorLabel))
        m_labels.append(errorLabel);
}

void FormErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels))
        showError(label, {});
    if (m_general)
        showError(m_general, {});
}

QWidget* FormErrors::show(const Error& error)
{
    clear();
    const auto it = error.field.isEmpty() ? m_fields.cend() : m_fields.constFind(normalize(error.field));
    if (it == m_fields.cend()) {
        if (m_general)
            showError(m_general, error.message);
        return nullptr;
    }
    showError(it->label, error.message);
    it->input->setFocus(Qt::OtherFocusReason);
    return it->input;
}

} // namespace dp::ui

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
    if (!m_inputs.contains(input))
        m_inputs.append(input);
}

void FormErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels))
        showError(label, {});
    if (m_general)
        showError(m_general, {});
}

namespace {
QList<FieldError> allOf(const Error& error)
{
    return error.fieldErrors.isEmpty() ? QList<FieldError>{{error.field, error.message}} : error.fieldErrors;
}
} // namespace

QList<QWidget*> FormErrors::inputsOf(const Error& error) const
{
    QList<QWidget*> named;
    for (const FieldError& fe : allOf(error)) {
        const auto it = fe.field.isEmpty() ? m_fields.cend() : m_fields.constFind(normalize(fe.field));
        if (it != m_fields.cend() && !named.contains(it->input))
            named.append(it->input);
    }
    QList<QWidget*> ordered;
    for (QWidget* input : m_inputs) {
        if (named.contains(input))
            ordered.append(input);
    }
    return ordered;
}

QWidget* FormErrors::show(const Error& error)
{
    clear();
    QHash<QLabel*, QStringList> shown; // two errors on one input share its label
    QList<QLabel*> labels;
    QStringList general;
    for (const FieldError& fe : allOf(error)) {
        const auto it = fe.field.isEmpty() ? m_fields.cend() : m_fields.constFind(normalize(fe.field));
        if (it == m_fields.cend()) {
            general.append(fe.message);
            continue;
        }
        if (!labels.contains(it->label))
            labels.append(it->label);
        if (!shown[it->label].contains(fe.message))
            shown[it->label].append(fe.message);
    }
    for (QLabel* label : std::as_const(labels))
        showError(label, shown.value(label).join(QLatin1Char('\n')));
    if (m_general && !general.isEmpty())
        showError(m_general, general.join(QLatin1Char('\n')));
    const QList<QWidget*> inputs = inputsOf(error);
    if (inputs.isEmpty())
        return nullptr;
    inputs.first()->setFocus(Qt::OtherFocusReason);
    return inputs.first();
}

} // namespace dp::ui

#pragma once

#include "foundation/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace dp::ui {

// Shows a core Error next to the inputs it names (every entry of Error::fieldErrors, else Error::field), and
// anything else in a general label: a form shows all its errors at once.
// Field keys are compared loosely: "tax_id", "taxId" and "company[tax_id]" all name the field "taxid".
class FormErrors
{
public:
    explicit FormErrors(QLabel* general = nullptr) : m_general(general) {}
    void setGeneral(QLabel* general) { m_general = general; }
    void add(const QStringList& fields, QWidget* input, QLabel* errorLabel);
    void clear();
    // Shows the error; returns the first input at fault in the order of add() (focused), or null when nothing
    // went next to an input.
    QWidget* show(const Error& error);
    // The inputs the error names (registered with add()), in the order of add().
    QList<QWidget*> inputsOf(const Error& error) const;

    static QString normalize(const QString& field);

private:
    struct Entry
    {
        QWidget* input = nullptr;
        QLabel* label = nullptr;
    };
    QHash<QString, Entry> m_fields;
    QList<QLabel*> m_labels;
    QList<QWidget*> m_inputs; // in the order of add(): the order of the form
    QLabel* m_general = nullptr;
};

} // namespace dp::ui

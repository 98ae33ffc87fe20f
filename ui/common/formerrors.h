#pragma once

#include "foundation/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace dp::ui {

// Shows a core Error next to the input it names (Error::field), and anything else in a general label.
// Field keys are compared loosely: "tax_id", "taxId" and "company[tax_id]" all name the field "taxid".
class FormErrors
{
public:
    explicit FormErrors(QLabel* general = nullptr) : m_general(general) {}
    void setGeneral(QLabel* general) { m_general = general; }
    void add(const QStringList& fields, QWidget* input, QLabel* errorLabel);
    void clear();
    // Shows the error; returns the input at fault (focused), or null when it went to the general label.
    QWidget* show(const Error& error);

    static QString normalize(const QString& field);

private:
    struct Entry
    {
        QWidget* input = nullptr;
        QLabel* label = nullptr;
    };
    QHash<QString, Entry> m_fields;
    QList<QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace dp::ui

#pragma once

#include "foundation/result.h"
#include "reconciliation/recontypes.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dp::ui {

// Asks for the note of a manual match or unmatch, or the reason to reopen a day. `submit` runs the core call with
// the text and reports its outcome: a validation error stays in the dialog next to the field; anything else
// closes it (the page shows it).
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    using Done = std::function<void(std::optional<Error>)>;
    NoteDialog(const QString& title, const QString& summary, const QString& fieldLabel, const QString& okText,
               std::function<void(const QString& text, Done done)> submit, QWidget* parent = nullptr);
    QLineEdit* noteEdit() const { return m_note; }

private:
    void submitNote();

    std::function<void(const QString&, Done)> m_submit;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

// The lines of an import that could not be read, with their line numbers and reasons: nothing was imported.
class BadLinesDialog : public QDialog
{
    Q_OBJECT
public:
    BadLinesDialog(const QString& fileName, const QList<recon::BadLine>& lines, QWidget* parent = nullptr);
};

} // namespace dp::ui

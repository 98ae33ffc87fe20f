#include "reconciliationdialogs.h"

#include "common/dialogbuttons.h"
#include "common/formerrors.h"
#include "common/uistyle.h"
#include "payments/paymentstext.h"
#include "reconciliationmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dp::ui {

NoteDialog::NoteDialog(const QString& title, const QString& summary, const QString& fieldLabel, const QString& okText,
                       std::function<void(const QString&, Done)> submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_note(new QLineEdit)
    , m_error(makeErrorLabel(QStringLiteral("noteError")))
{
    setObjectName(QStringLiteral("reconNoteDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(summary);
    text->setObjectName(QStringLiteral("noteSummary"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    setMinimumTextWidth(m_note, 48);
    form->addRow(fieldLabel, withError(m_note, m_error));
    layout->addLayout(form);
    QDialogButtonBox* buttons = makeDialogButtons(this, QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("noteOkButton"));
    setMainButton(m_ok);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &NoteDialog::submitNote);
    layout->addWidget(buttons);
}

void NoteDialog::submitNote()
{
    showError(m_error, {});
    m_ok->setEnabled(false);
    QPointer<NoteDialog> self(this);
    m_submit(m_note->text().trimmed(), [self](std::optional<Error> error) {
        if (!self)
            return;
        self->m_ok->setEnabled(true);
        if (error && error->code == Error::Code::Validation) {
            FormErrors errors;
            errors.add({QStringLiteral("note"), QStringLiteral("reason")}, self->m_note, self->m_error);
            if (!errors.show(*error))
                showError(self->m_error, error->message);
            return;
        }
        self->accept();
    });
}

BadLinesDialog::BadLinesDialog(const QString& fileName, const QList<recon::BadLine>& lines, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("badLinesDialog"));
    setWindowTitle(tr("Nothing was imported"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("%n line(s) of %1 could not be read, so nothing of the file was imported. Correct "
                               "them in the file (or in the DMS) and import it again.",
                               nullptr, int(lines.size()))
                                .arg(fileName));
    text->setObjectName(QStringLiteral("badLinesSummary"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* model = new ReconTableModel({tr("Line"), tr("Why it could not be read")}, {0}, this);
    QList<ReconRow> rows;
    for (const recon::BadLine& bad : lines)
        rows.append({{QString::number(bad.line), bad.reason}, {bad.line, {}}, {}, {}, ReconRow::Kind::DmsLine,
                     bad.line, {}, 0});
    model->setRows(rows);
    auto* table = new QTableView;
    setupPaymentTable(table, QStringLiteral("badLinesTable"));
    table->setSortingEnabled(false);
    table->setModel(model);
    table->resizeColumnToContents(0);
    table->setMinimumWidth(table->fontMetrics().averageCharWidth() * 90);
    layout->addWidget(table, 1);
    QDialogButtonBox* buttons = makeDialogButtons(this, QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(table->minimumWidth() + 40, 420);
}

} // namespace dp::ui

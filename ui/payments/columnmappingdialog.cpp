#include "columnmappingdialog.h"

#include "common/dialogbuttons.h"
#include "common/uistyle.h"
#include "payments/paymentstext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dp::ui {

namespace {

int* roleField(recon::DmsColumnMapping& m, const QString& role)
{
    if (role == QLatin1String("date"))
        return &m.date;
    if (role == QLatin1String("time"))
        return &m.time;
    if (role == QLatin1String("ro"))
        return &m.roNumber;
    if (role == QLatin1String("customer"))
        return &m.customer;
    if (role == QLatin1String("amount"))
        return &m.amount;
    if (role == QLatin1String("type"))
        return &m.paymentType;
    return &m.reference;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString& fileName, const recon::DmsFilePreview& preview,
                                         const QString& dmsName, QWidget* parent)
    : QDialog(parent)
    , m_dateOrder(new QComboBox)
    , m_hasHeader(new QCheckBox(tr("The first line names the columns")))
    , m_dmsName(new QLineEdit(dmsName))
    , m_dateError(makeErrorLabel(QStringLiteral("dateColumnError")))
    , m_amountError(makeErrorLabel(QStringLiteral("amountColumnError")))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of the DMS export"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("DealerPay does not recognize the columns of %1. Say which column holds what; the "
                                "choice is remembered for the next exports of this DMS.")
                                 .arg(fileName));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The file's first lines, columns numbered as the choices below name them.
    const int columns = int(std::max<qsizetype>(preview.header.size(), preview.sampleRows.value(0).size()));
    auto* sample = new QStandardItemModel(0, columns, this);
    QStringList names;
    for (int c = 0; c < columns; ++c)
        names << tr("Column %1").arg(c + 1);
    sample->setHorizontalHeaderLabels(names);
    QList<QStringList> records{preview.header};
    records += preview.sampleRows.mid(0, 8);
    for (const QStringList& record : records) {
        QList<QStandardItem*> items;
        for (int c = 0; c < columns; ++c)
            items << new QStandardItem(record.value(c));
        sample->appendRow(items);
    }
    auto* table = new QTableView;
    setupPaymentTable(table, QStringLiteral("mappingPreview"));
    table->setSortingEnabled(false);
    table->setModel(sample);
    table->resizeColumnsToContents();
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(table, 1);

    auto* form = new QFormLayout;
    const QList<QPair<QString, QString>> roles{{QStringLiteral("date"), tr("Date (required)")},
                                               {QStringLiteral("time"), tr("Time")},
                                               {QStringLiteral("ro"), tr("RO or invoice number")},
                                               {QStringLiteral("customer"), tr("Customer")},
                                               {QStringLiteral("amount"), tr("Amount (required)")},
                                               {QStringLiteral("type"), tr("Payment type")},
                                               {QStringLiteral("reference"), tr("Reference")}};
    recon::DmsColumnMapping guess = preview.mapping;
    for (const auto& [role, label] : roles) {
        auto* box = new QComboBox;
        box->setObjectName(role + QStringLiteral("ColumnBox"));
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < columns; ++c) {
            const QString head = preview.header.value(c).trimmed();
            box->addItem(head.isEmpty() ? names.at(c) : tr("%1: %2").arg(names.at(c), head.left(30)), c);
        }
        box->setCurrentIndex(box->findData(*roleField(guess, role)));
        m_roles.append({role, box});
        if (role == QLatin1String("date"))
            form->addRow(label, withError(box, m_dateError));
        else if (role == QLatin1String("amount"))
            form->addRow(label, withError(box, m_amountError));
        else
            form->addRow(label, box);
    }
    m_dateOrder->setObjectName(QStringLiteral("dateOrderBox"));
    m_dateOrder->addItem(tr("Recognize it"), int(recon::DmsColumnMapping::DateOrder::Auto));
    m_dateOrder->addItem(tr("Year, month, day (2026-03-31)"), int(recon::DmsColumnMapping::DateOrder::YearMonthDay));
    m_dateOrder->addItem(tr("Month, day, year (03/31/2026)"), int(recon::DmsColumnMapping::DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Day, month, year (31/03/2026)"), int(recon::DmsColumnMapping::DateOrder::DayMonthYear));
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(guess.dateOrder)));
    form->addRow(tr("Dates are written"), m_dateOrder);
    m_hasHeader->setObjectName(QStringLiteral("hasHeaderBox"));
    m_hasHeader->setChecked(guess.hasHeader);
    form->addRow(QString(), m_hasHeader);
    m_dmsName->setObjectName(QStringLiteral("dmsNameEdit"));
    m_dmsName->setPlaceholderText(tr("e.g. Dealer Business System"));
    form->addRow(tr("Name of the DMS"), m_dmsName);
    layout->addLayout(form);

    QDialogButtonBox* buttons = makeDialogButtons(this, QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("mappingImportButton"));
    setMainButton(ok);
    connect(ok, &QPushButton::clicked, this, &ColumnMappingDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(qMax(720, table->horizontalHeader()->length() + 60), sizeHint().height());
}

recon::DmsColumnMapping ColumnMappingDialog::mapping() const
{
    recon::DmsColumnMapping m;
    for (const auto& [role, box] : m_roles)
        *roleField(m, role) = box->currentData().toInt();
    m.dateOrder = recon::DmsColumnMapping::DateOrder(m_dateOrder->currentData().toInt());
    m.hasHeader = m_hasHeader->isChecked();
    return m;
}

QString ColumnMappingDialog::dmsName() const
{
    return m_dmsName->text().trimmed();
}

QComboBox* ColumnMappingDialog::roleBox(const QString& role) const
{
    for (const auto& [name, box] : m_roles) {
        if (name == role)
            return box;
    }
    return nullptr;
}

void ColumnMappingDialog::tryAccept()
{
    const recon::DmsColumnMapping m = mapping();
    showError(m_dateError, m.date < 0 ? tr("Choose the column that holds the date.") : QString());
    showError(m_amountError, m.amount < 0 ? tr("Choose the column that holds the amount.") : QString());
    if (m.isUsable())
        accept();
}

} // namespace dp::ui

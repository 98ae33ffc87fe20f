#include "reportspage.h"

#include "common/async.h"
#include "common/uistyle.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "reports/reportcsv.h"
#include "reports/reportservice.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dp::ui {

namespace {

constexpr int kPreviewRows = 200;

const QStringList& commonZones()
{
    static const QStringList zones{
        QStringLiteral("America/New_York"),  QStringLiteral("America/Chicago"),  QStringLiteral("America/Denver"),
        QStringLiteral("America/Phoenix"),   QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Anchorage"),
        QStringLiteral("Pacific/Honolulu"),  QStringLiteral("America/Toronto"),  QStringLiteral("America/Montreal"),
        QStringLiteral("America/Halifax"),   QStringLiteral("America/Winnipeg"), QStringLiteral("America/Edmonton"),
        QStringLiteral("America/Vancouver"), QStringLiteral("Etc/UTC")};
    return zones;
}

QLabel* errorFor(const QString& name)
{
    return makeErrorLabel(name);
}

} // namespace

ReportsPage::ReportsPage(AppContext& ctx, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_service(std::make_unique<ReportService>(ctx.api(), ctx.authorizer()))
    , m_type(new QComboBox)
    , m_description(makeHintLabel(QString()))
    , m_rooftop(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_zone(new QComboBox)
    , m_columns(new QListWidget)
    , m_run(new QPushButton(tr("Run report")))
    , m_cancelButton(new QPushButton(tr("Cancel")))
    , m_save(new QPushButton(tr("Save CSV…")))
    , m_progress(new QProgressBar)
    , m_status(makeHintLabel(QString()))
    , m_error(makeErrorLabel(QStringLiteral("reportsError")))
    , m_preview(new QTableWidget)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_type->setObjectName(QStringLiteral("reportType"));
    m_rooftop->setObjectName(QStringLiteral("reportRooftop"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_zone->setObjectName(QStringLiteral("reportTimeZone"));
    m_columns->setObjectName(QStringLiteral("reportColumns"));
    m_run->setObjectName(QStringLiteral("reportRun"));
    m_cancelButton->setObjectName(QStringLiteral("reportCancel"));
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeading(tr("Reports"), 1));
    auto* intro = makeHintLabel(tr("Reports of the payments server for your accounting office, as CSV files: "
                                   "choose the report, the days and the columns, run it, then save it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const QString& id : ReportService::typeIds())
        m_type->addItem(ReportService::typeName(id), id);
    for (const Rooftop& r : ctx.connections().rooftops()) {
        if (!r.accountId.isEmpty() && (r.chargesEnabled || r.payoutsEnabled))
            m_rooftop->addItem(r.name, r.accountId);
    }
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today);
    }
    m_from->setDate(today.addDays(-today.day() + 1)); // this month so far
    m_to->setDate(today);
    m_zone->setEditable(true);
    m_zone->addItems(commonZones());
    const QString local = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (m_zone->findText(local) < 0 && QTimeZone(local.toUtf8()).isValid())
        m_zone->insertItem(0, local);
    m_zone->setCurrentText(commonZones().contains(local) || m_zone->findText(local) >= 0 ? local
                                                                                           : commonZones().first());
    m_description->setWordWrap(true);
    // The columns in several columns of check boxes, a few rows high, so that the preview keeps the room.
    m_columns->setFlow(QListView::TopToBottom);
    m_columns->setWrapping(true);
    m_columns->setResizeMode(QListView::Adjust);
    m_columns->setSpacing(2);
    m_columns->setFixedHeight((m_columns->fontMetrics().height() + 6) * 8 + 12);

    QLabel* typeError = errorFor(QStringLiteral("reportTypeError"));
    QLabel* rooftopError = errorFor(QStringLiteral("reportRooftopError"));
    QLabel* fromError = errorFor(QStringLiteral("reportFromError"));
    QLabel* toError = errorFor(QStringLiteral("reportToError"));
    QLabel* zoneError = errorFor(QStringLiteral("reportTimeZoneError"));
    QLabel* columnsError = errorFor(QStringLiteral("reportColumnsError"));
    m_errors.setGeneral(m_error);
    m_errors.add({QStringLiteral("type")}, m_type, typeError);
    m_errors.add({QStringLiteral("rooftop")}, m_rooftop, rooftopError);
    m_errors.add({QStringLiteral("from")}, m_from, fromError);
    m_errors.add({QStringLiteral("to")}, m_to, toError);
    m_errors.add({QStringLiteral("timeZone")}, m_zone, zoneError);
    m_errors.add({QStringLiteral("columns")}, m_columns, columnsError);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    auto* typeBox = new QVBoxLayout;
    typeBox->setSpacing(4);
    typeBox->addWidget(withError(m_type, typeError));
    typeBox->addWidget(m_description);
    form->addRow(tr("Report:"), typeBox);
    form->addRow(tr("Rooftop:"), withError(m_rooftop, rooftopError));
    auto* days = new QHBoxLayout;
    days->setSpacing(8);
    days->addWidget(withError(m_from, fromError));
    days->addWidget(new QLabel(tr("to")));
    days->addWidget(withError(m_to, toError));
    days->addStretch(1);
    form->addRow(tr("Days:"), days);
    form->addRow(tr("Time zone:"), withError(m_zone, zoneError));
    auto* columnsBox = new QVBoxLayout;
    columnsBox->setSpacing(4);
    columnsBox->addWidget(withError(m_columns, columnsError));
    auto* defaults = new QPushButton(tr("Usual columns"));
    defaults->setObjectName(QStringLiteral("reportDefaultColumns"));
    auto* defaultsRow = new QHBoxLayout;
    defaultsRow->addWidget(defaults);
    defaultsRow->addStretch(1);
    columnsBox->addLayout(defaultsRow);
    form->addRow(tr("Columns:"), columnsBox);

    auto* formHost = new QWidget;
    formHost->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    formHost->setMaximumWidth(formHost->fontMetrics().averageCharWidth() * 130); // readable, not screen-wide
    layout->addWidget(formHost);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_run);
    actions->addWidget(m_cancelButton);
    m_progress->setFixedWidth(m_progress->fontMetrics().averageCharWidth() * 24);
    actions->addWidget(m_progress);
    actions->addStretch(1);
    actions->addWidget(m_save);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_preview, 100);
    layout->addStretch(1); // while there is no preview, the form stays at the top

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton->setEnabled(false);
    m_save->setEnabled(false);
    m_preview->hide();

    connect(m_type, &QComboBox::currentIndexChanged, this, &ReportsPage::typeChanged);
    connect(defaults, &QPushButton::clicked, this, &ReportsPage::typeChanged);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::save);
    typeChanged();
}

ReportsPage::~ReportsPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportsPage::setSaveFileChooser(std::function<QString(const QString&)> chooser)
{
    m_chooser = std::move(chooser);
}

void ReportsPage::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_description->setText(ReportService::typeDescription(type));
    const QStringList defaults = ReportService::defaultColumns(type);
    m_columns->clear();
    for (const QString& column : ReportService::columns(type)) {
        auto* item = new QListWidgetItem(column, m_columns);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(defaults.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportsPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_type, m_rooftop, m_from, m_to, m_zone, m_columns})
        w->setEnabled(!running);
    if (running)
        m_save->setEnabled(false);
}

void ReportsPage::run()
{
    ReportRequest request;
    request.type = m_type->currentData().toString();
    request.connectedAccount = m_rooftop->currentData().toString();
    request.from = m_from->date();
    request.to = m_to->date();
    request.timeZone = m_zone->currentText().trimmed();
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            request.columns.append(m_columns->item(i)->text());
    }
    m_errors.clear();
    std::optional<Error> invalid = ReportService::validate(request);
    if (!invalid && request.columns.isEmpty())
        invalid = Error::validation(QStringLiteral("columns"), tr("Check at least one column."));
    if (invalid) {
        m_errors.show(*invalid);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setRunning(true);
    m_status->setText(tr("Asking the payments server for the report…"));
    auto cancel = m_cancel;
    ReportService* service = m_service.get();
    const Session session = m_session;
    QPointer<ReportsPage> self(this);
    auto onStage = [self](ReportStage stage) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, stage] {
                if (!self)
                    return;
                self->m_status->setText(stage == ReportStage::Creating ? tr("Asking the payments server for the report…")
                                        : stage == ReportStage::Waiting ? tr("The payments server is preparing the report…")
                                                                        : tr("Downloading the report…"));
            },
            Qt::QueuedConnection);
    };
    runAsync<std::shared_ptr<Result<QByteArray>>>(
        this,
        [service, session, request, cancel, onStage] {
            return std::make_shared<Result<QByteArray>>(service->run(session, request, onStage, cancel.get()));
        },
        [this](std::shared_ptr<Result<QByteArray>> result) {
            setRunning(false);
            if (!*result) {
                m_status->setText(QString());
                if (result->error().code == Error::Code::Cancelled)
                    m_status->setText(tr("The report was cancelled."));
                else
                    m_errors.show(result->error());
                emit finished(false);
                return;
            }
            m_csv = result->value();
            const QList<QStringList> rows = reports::parseCsv(m_csv);
            const int lines = int(qMax<qsizetype>(0, rows.size() - 1));
            m_status->setText(tr("%n line(s). Save the CSV to keep it.", nullptr, lines));
            m_preview->clear();
            m_preview->setColumnCount(rows.isEmpty() ? 0 : int(rows.first().size()));
            if (!rows.isEmpty())
                m_preview->setHorizontalHeaderLabels(rows.first());
            const int shown = qMin(lines, kPreviewRows);
            m_preview->setRowCount(shown);
            for (int r = 0; r < shown; ++r) {
                const QStringList& row = rows.at(r + 1);
                for (int c = 0; c < row.size(); ++c)
                    m_preview->setItem(r, c, new QTableWidgetItem(row.at(c)));
            }
            m_preview->setVisible(true);
            m_save->setEnabled(true);
            emit finished(true);
        });
}

void ReportsPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ReportsPage::save()
{
    if (m_csv.isEmpty())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1_%2_%3.csv")
                          .arg(m_type->currentData().toString(), m_from->date().toString(Qt::ISODate),
                               m_to->date().toString(Qt::ISODate)));
    const QString path = m_chooser ? m_chooser(suggested)
                                   : QFileDialog::getSaveFileName(this, tr("Save the report"), suggested,
                                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = ReportService::saveCsv(m_csv, path); !written) {
        showError(m_error, written.error().message);
        return;
    }
    showError(m_error, {});
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    emit saved(path);
}

} // namespace dp::ui

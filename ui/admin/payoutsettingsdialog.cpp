#include "payoutsettingsdialog.h"

#include "common/dialogbuttons.h"
#include "common/async.h"
#include "common/displaytext.h"
#include "common/uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dp::ui {

PayoutSettingsDialog::PayoutSettingsDialog(ConnectionService& connections, const Session& session,
                                           const Rooftop& rooftop, QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_session(session)
    , m_rooftopId(rooftop.id)
    , m_form(new QFormLayout)
    , m_interval(new QComboBox)
    , m_weekday(new QComboBox)
    , m_monthDay(new QSpinBox)
    , m_delay(new QSpinBox)
    , m_descriptor(new QLineEdit(rooftop.statementDescriptor))
    , m_preview(new QLabel)
{
    setObjectName(QStringLiteral("payoutDialog"));
    setWindowTitle(tr("Payout settings — %1").arg(rooftop.name));

    m_interval->setObjectName(QStringLiteral("intervalCombo"));
    m_interval->addItem(tr("Daily"), QStringLiteral("daily"));
    m_interval->addItem(tr("Weekly"), QStringLiteral("weekly"));
    m_interval->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_interval->addItem(tr("Manual"), QStringLiteral("manual"));
    m_weekday->setObjectName(QStringLiteral("weekdayCombo"));
    for (const auto& [key, name] : weekdays())
        m_weekday->addItem(name, key);
    m_monthDay->setObjectName(QStringLiteral("monthDaySpin"));
    m_monthDay->setRange(1, 31);
    m_delay->setObjectName(QStringLiteral("delaySpin"));
    m_delay->setRange(2, 30); // the range core accepts (ConnectionService::updatePayoutSettings)
    m_delay->setSuffix(tr(" days"));
    m_descriptor->setObjectName(QStringLiteral("descriptorEdit"));
    m_preview->setObjectName(QStringLiteral("descriptorPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);

    const api::PayoutSchedule& current = rooftop.payoutSchedule;
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(current.interval)));
    m_weekday->setCurrentIndex(qMax(0, m_weekday->findData(current.weeklyAnchor.isEmpty()
                                                               ? QStringLiteral("friday")
                                                               : current.weeklyAnchor)));
    m_monthDay->setValue(current.monthlyAnchor > 0 ? current.monthlyAnchor : 1);
    m_delay->setValue(current.delayDays);

    auto* scheduleBox = new QGroupBox(tr("Payout schedule"));
    scheduleBox->setLayout(m_form);
    QLabel* intervalError = makeErrorLabel(QStringLiteral("intervalError"));
    QLabel* weekdayError = makeErrorLabel(QStringLiteral("weekdayError"));
    QLabel* monthDayError = makeErrorLabel(QStringLiteral("monthDayError"));
    QLabel* delayError = makeErrorLabel(QStringLiteral("delayError"));
    m_form->addRow(tr("Pay out:"), withError(m_interval, intervalError));
    m_form->addRow(tr("Day of the week:"), withError(m_weekday, weekdayError));
    m_form->addRow(tr("Day of the month:"), withError(m_monthDay, monthDayError));
    m_form->addRow(tr("Delay:"), withError(m_delay, delayError));
    m_form->addRow(QString(), makeHintLabel(tr("Each payment reaches your bank account after this many days.")));
    m_errors.add({QStringLiteral("interval"), QStringLiteral("schedule")}, m_interval, intervalError);
    m_errors.add({QStringLiteral("weekly_anchor"), QStringLiteral("weekday")}, m_weekday, weekdayError);
    m_errors.add({QStringLiteral("monthly_anchor"), QStringLiteral("monthDay")}, m_monthDay, monthDayError);
    m_errors.add({QStringLiteral("delay_days"), QStringLiteral("delay")}, m_delay, delayError);

    auto* statementBox = new QGroupBox(tr("Card statement"));
    auto* statementForm = new QFormLayout(statementBox);
    QLabel* descriptorError = makeErrorLabel(QStringLiteral("descriptorError"));
    statementForm->addRow(tr("Statement descriptor:"), withError(m_descriptor, descriptorError));
    statementForm->addRow(tr("Customers see:"), m_preview);
    statementForm->addRow(QString(), makeHintLabel(tr("5 to 22 characters, with at least one letter. Use the name "
                                                      "your customers know, so they recognise the charge.")));
    m_errors.add({QStringLiteral("statement_descriptor"), QStringLiteral("descriptor")}, m_descriptor,
                 descriptorError);

    QLabel* general = makeErrorLabel(QStringLiteral("payoutError"));
    m_errors.setGeneral(general);
    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel, QDialogButtonBox::Save);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("payoutSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PayoutSettingsDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(scheduleBox);
    layout->addWidget(statementBox);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 95);

    connect(m_interval, &QComboBox::currentIndexChanged, this, &PayoutSettingsDialog::updateVisibility);
    connect(m_descriptor, &QLineEdit::textChanged, this, &PayoutSettingsDialog::updatePreview);
    updateVisibility();
    updatePreview();
}

void PayoutSettingsDialog::updateVisibility()
{
    const QString interval = m_interval->currentData().toString();
    m_form->setRowVisible(m_weekday->parentWidget(), interval == QLatin1String("weekly"));
    m_form->setRowVisible(m_monthDay->parentWidget(), interval == QLatin1String("monthly"));
    m_form->setRowVisible(m_delay->parentWidget(), interval != QLatin1String("manual"));
    growToFit(this);
}

void PayoutSettingsDialog::updatePreview()
{
    const QString preview = ConnectionService::descriptorPreview(m_descriptor->text());
    m_preview->setText(QStringLiteral("<span style=\"font-family: monospace; background: #f3f3f3; "
                                      "padding: 2px 6px;\">%1</span>")
                           .arg(preview.toHtmlEscaped()));
}

api::PayoutSchedule PayoutSettingsDialog::schedule() const
{
    api::PayoutSchedule schedule;
    schedule.interval = m_interval->currentData().toString();
    schedule.delayDays = m_delay->value();
    if (schedule.interval == QLatin1String("weekly"))
        schedule.weeklyAnchor = m_weekday->currentData().toString();
    if (schedule.interval == QLatin1String("monthly"))
        schedule.monthlyAnchor = m_monthDay->value();
    return schedule;
}

void PayoutSettingsDialog::submit()
{
    m_errors.clear();
    setBusy(m_save, true, tr("Saving…"));
    ConnectionService& connections = m_connections;
    const Session session = m_session;
    const qint64 id = m_rooftopId;
    const api::PayoutSchedule wanted = schedule();
    const QString descriptor = m_descriptor->text().trimmed();
    runAsync<Result<Rooftop>>(
        this,
        [&connections, session, id, wanted, descriptor] {
            return connections.updatePayoutSettings(session, id, wanted, descriptor);
        },
        [this](Result<Rooftop> result) {
            setBusy(m_save, false);
            if (!result.ok()) {
                m_errors.show(result.error());
                return;
            }
            emit saved(result.value());
            accept();
        });
}

} // namespace dp::ui

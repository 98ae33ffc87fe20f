#include "connectionsbox.h"

#include "accountdialogs.h"
#include "common/async.h"
#include "connectdialog.h"
#include "common/displaytext.h"
#include "common/messagebox.h"
#include "payoutsettingsdialog.h"
#include "common/reauthdialog.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"
#include "common/urlopener.h"
#include "foundation/clock.h"
#include "foundation/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
QPushButton* makeButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

// Opens a dialog without blocking (tests and the poll timer keep running) and deletes it when closed.
void openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
}

ConnectionsBox::ConnectionsBox(AppContext& ctx, Session& session, QWidget* parent)
    : QGroupBox(tr("Connections"), parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_combo(new QComboBox)
    , m_refresh(makeButton(tr("Refresh"), QStringLiteral("refreshButton")))
    , m_refreshError(makeErrorLabel(QStringLiteral("refreshError")))
{
    setObjectName(QStringLiteral("connectionsBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto* rooftopRow = new QHBoxLayout;
    m_combo->setObjectName(QStringLiteral("rooftopCombo"));
    m_combo->setPlaceholderText(tr("No rooftop yet"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    auto* addRooftop = makeButton(tr("Add rooftop…"), QStringLiteral("addRooftopButton"));
    addRooftop->setVisible(session.can(Permission::ConnectPayments));
    rooftopRow->addWidget(new QLabel(tr("Rooftop:")));
    rooftopRow->addWidget(m_combo);
    rooftopRow->addWidget(addRooftop);
    rooftopRow->addStretch(1);
    rooftopRow->addWidget(m_refresh);
    layout->addLayout(rooftopRow);
    layout->addWidget(m_refreshError);
    layout->addWidget(makeSeparator());

    buildFeatureRow(layout);
    buildPayoutPanel(layout);

    layout->addWidget(makeSeparator());
    auto* bottom = new QHBoxLayout;
    auto* countries = makeButton(tr("Allowed countries…"), QStringLiteral("countriesButton"));
    countries->setVisible(session.can(Permission::EditAllowedCountries));
    auto* ask = makeButton(tr("Ask accounting for details…"), QStringLiteral("askAccountingButton"));
    m_countries = makeHintLabel(QString());
    m_countries->setObjectName(QStringLiteral("countriesLabel"));
    bottom->addWidget(countries);
    bottom->addWidget(ask);
    bottom->addSpacing(12);
    bottom->addWidget(m_countries, 1);
    layout->addLayout(bottom);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &ConnectionsBox::showRooftop);
    connect(addRooftop, &QPushButton::clicked, this, &ConnectionsBox::addRooftop);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionsBox::refreshCurrent);
    connect(countries, &QPushButton::clicked, this, &ConnectionsBox::editCountries);
    connect(ask, &QPushButton::clicked, this, [this] { askAccounting(window()); });

    auto applyInterval = [this] {
        m_pollTimer.setInterval(qMax(1, m_ctx.settings().integer(Settings::Key::EventPollSeconds)) * 1000);
    };
    applyInterval();
    connect(&ctx.settings(), &Settings::changed, this, [applyInterval](Settings::Key key) {
        if (key == Settings::Key::EventPollSeconds)
            applyInterval();
    });
    connect(&m_pollTimer, &QTimer::timeout, this, &ConnectionsBox::poll);
    m_pollTimer.start();

    reload();
    QTimer::singleShot(0, this, &ConnectionsBox::poll);
}

ConnectionsBox::~ConnectionsBox()
{
    m_cancel->store(true);
}

void ConnectionsBox::buildFeatureRow(QLayout* layout)
{
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(0, 1);
    QLabel* title = makeHeading(tr("Receive payments"), 3);
    auto* description = makeHintLabel(tr("Take card payments from your customers by text message. Payouts go to "
                                         "the rooftop's bank account."));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("receivePaymentsStatus"));
    m_connect = makeButton(tr("Connect"), QStringLiteral("connectButton"));
    m_connect->setVisible(m_session.can(Permission::ConnectPayments));
    m_account = makeHintLabel(QString());
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(title, 0, 0);
    grid->addWidget(m_status, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_connect, 0, 2);
    grid->addWidget(description, 1, 0, 1, 3);
    grid->addWidget(m_account, 2, 0, 1, 3);
    static_cast<QVBoxLayout*>(layout)->addLayout(grid);

    m_duePanel = new QWidget;
    m_duePanel->setObjectName(QStringLiteral("duePanel"));
    auto* due = new QVBoxLayout(m_duePanel);
    due->setContentsMargins(0, 0, 0, 0);
    m_dueTitle = new QLabel;
    m_dueTitle->setWordWrap(true);
    m_dueList = new QLabel;
    m_dueList->setObjectName(QStringLiteral("dueList"));
    m_dueList->setWordWrap(true);
    m_dueList->setTextFormat(Qt::RichText);
    due->addWidget(m_dueTitle);
    due->addWidget(m_dueList);
    layout->addWidget(m_duePanel);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("connectionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background: #e8f1fb; color: #0d3c61; padding: 8px; "
                                           "border-radius: 4px;"));
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsBox::connectClicked);
}

void ConnectionsBox::buildPayoutPanel(QLayout* layout)
{
    m_payoutPanel = new QGroupBox(tr("Payouts and statement"));
    m_payoutPanel->setObjectName(QStringLiteral("payoutPanel"));
    auto* form = new QFormLayout;
    m_schedule = new QLabel;
    m_schedule->setObjectName(QStringLiteral("payoutScheduleLabel"));
    m_descriptor = new QLabel;
    m_descriptor->setObjectName(QStringLiteral("statementDescriptorLabel"));
    form->addRow(tr("Payout schedule:"), m_schedule);
    form->addRow(tr("Statement descriptor:"), m_descriptor);

    m_editPayout = makeButton(tr("Edit payout settings…"), QStringLiteral("editPayoutButton"));
    m_dashboard = makeButton(tr("Open Express dashboard"), QStringLiteral("dashboardButton"));
    m_sensitive = makeButton(tr("Show bank and tax details…"), QStringLiteral("sensitiveButton"));
    m_editPayout->setVisible(m_session.can(Permission::EditPayoutSettings));
    m_dashboard->setVisible(m_session.can(Permission::OpenExpressDashboard));
    m_sensitive->setVisible(m_session.can(Permission::ViewSensitiveDetails));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_editPayout);
    buttons->addWidget(m_dashboard);
    buttons->addWidget(m_sensitive);
    buttons->addStretch(1);

    auto* panel = new QVBoxLayout(m_payoutPanel);
    panel->addLayout(form);
    panel->addLayout(buttons);
    layout->addWidget(m_payoutPanel);

    connect(m_editPayout, &QPushButton::clicked, this, &ConnectionsBox::editPayouts);
    connect(m_dashboard, &QPushButton::clicked, this, &ConnectionsBox::openDashboard);
    connect(m_sensitive, &QPushButton::clicked, this, &ConnectionsBox::showSensitiveDetails);
}

const Rooftop* ConnectionsBox::current() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_rooftops.size() ? &m_rooftops[index] : nullptr;
}

void ConnectionsBox::reload()
{
    const qint64 selected = current() ? current()->id : 0;
    m_rooftops = m_ctx.connections().rooftops();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        int index = m_rooftops.isEmpty() ? -1 : 0;
        for (int i = 0; i < m_rooftops.size(); ++i) {
            m_combo->addItem(m_rooftops[i].name, m_rooftops[i].id);
            if (m_rooftops[i].id == selected)
                index = i;
        }
        m_combo->setCurrentIndex(index);
    }
    QStringList names;
    for (const QString& code : m_ctx.connections().allowedCountries())
        names.append(countryName(code));
    m_countries->setText(tr("Payments offered to businesses in: %1").arg(QLocale().createSeparatedList(names)));
    showRooftop();
}

void ConnectionsBox::showRooftop()
{
    const Rooftop* rooftop = current();
    const ConnectionStatus status = rooftop ? rooftop->status : ConnectionStatus::NotConnected;
    setBadge(m_status, connectionStatusText(status), statusTone(status));

    m_connect->setEnabled(rooftop != nullptr);
    m_connect->setText(rooftop && !rooftop->accountId.isEmpty() ? tr("Continue onboarding") : tr("Connect"));
    m_connect->setVisible(m_session.can(Permission::ConnectPayments) && status != ConnectionStatus::Connected);

    if (!rooftop)
        m_account->setText(tr("Add your first rooftop to connect it to payments."));
    else if (rooftop->accountId.isEmpty())
        m_account->setText(tr("No payments account yet."));
    else
        m_account->setText(tr("Payments account %1").arg(rooftop->accountId));

    const bool incomplete = status == ConnectionStatus::OnboardingIncomplete || status == ConnectionStatus::Restricted;
    m_duePanel->setVisible(rooftop && incomplete);
    if (rooftop && incomplete) {
        QStringList items;
        for (const QString& requirement : rooftop->currentlyDue) {
            const QString text = ConnectionService::describeRequirement(requirement);
            if (!items.contains(text))
                items.append(text);
        }
        m_dueTitle->setText(status == ConnectionStatus::Restricted
                                ? tr("Stripe has paused this account until the following is provided:")
                                : tr("Still needed to finish onboarding:"));
        QString list;
        for (const QString& item : std::as_const(items))
            list += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
        m_dueList->setText(items.isEmpty() ? tr("Nothing more is due; Stripe is reviewing the details.")
                                           : QStringLiteral("<ul style=\"margin: 0\">") + list
                                                 + QStringLiteral("</ul>"));
    }
    if (status == ConnectionStatus::Connected)
        setNotice({});

    const bool hasAccount = rooftop && (status == ConnectionStatus::Connected || status == ConnectionStatus::Restricted);
    m_payoutPanel->setVisible(hasAccount);
    if (hasAccount) {
        m_schedule->setText(payoutScheduleText(rooftop->payoutSchedule));
        m_descriptor->setText(rooftop->statementDescriptor.isEmpty() ? tr("Not set") : rooftop->statementDescriptor);
    }
}

void ConnectionsBox::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ConnectionsBox::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    ConnectionService& connections = m_ctx.connections();
    auto cancel = m_cancel;
    runAsync<Result<QList<qint64>>>(
        this, [&connections, cancel] { return connections.pollEvents(cancel.get()); },
        [this](Result<QList<qint64>> changed) {
            m_polling = false;
            if (!changed.ok()) {
                showError(m_refreshError, tr("Could not refresh the status: %1").arg(changed.error().message));
                return;
            }
            showError(m_refreshError, {});
            if (!changed->isEmpty())
                reload();
            emit refreshed(QDateTime::fromSecsSinceEpoch(m_ctx.clock().nowSecs()));
        });
}

void ConnectionsBox::refreshCurrent()
{
    const Rooftop* rooftop = current();
    if (!rooftop || rooftop->accountId.isEmpty()) {
        reload();
        poll();
        return;
    }
    refreshRooftop(rooftop->id);
}

void ConnectionsBox::refreshRooftop(qint64 rooftopId)
{
    setBusy(m_refresh, true, tr("Refreshing…"));
    ConnectionService& connections = m_ctx.connections();
    runAsync<Result<Rooftop>>(this, [&connections, rooftopId] { return connections.refresh(rooftopId); },
                              [this](Result<Rooftop> result) {
                                  setBusy(m_refresh, false);
                                  showError(m_refreshError, result.ok() ? QString() : result.error().message);
                                  reload();
                                  if (result.ok())
                                      emit refreshed(QDateTime::fromSecsSinceEpoch(m_ctx.clock().nowSecs()));
                              });
}

void ConnectionsBox::connectClicked()
{
    const Rooftop* rooftop = current();
    if (!rooftop)
        return;
    if (!rooftop->accountId.isEmpty()) {
        continueOnboarding(rooftop->id);
        return;
    }
    auto* dialog = new ConnectDialog(m_ctx, m_session, *rooftop, this);
    connect(dialog, &ConnectDialog::onboardingStarted, this, [this](qint64 rooftopId) {
        refreshRooftop(rooftopId);
        setNotice(tr("Finish in your browser — this window updates by itself when Stripe confirms."));
    });
    connect(dialog, &ConnectDialog::askAccounting, this, [this, dialog] { askAccounting(dialog); });
    openDialog(dialog);
}

void ConnectionsBox::continueOnboarding(qint64 rooftopId)
{
    setBusy(m_connect, true, tr("Connecting…"));
    ConnectionService& connections = m_ctx.connections();
    const Session session = m_session;
    const QUrl returnUrl(m_ctx.settings().string(Settings::Key::OnboardingReturnUrl));
    runAsync<Result<QUrl>>(
        this, [&connections, session, rooftopId, returnUrl] {
            return connections.continueOnboarding(session, rooftopId, returnUrl);
        },
        [this](Result<QUrl> url) {
            setBusy(m_connect, false);
            if (!url.ok()) {
                MessageBox::warning(this, tr("Continue onboarding"), url.error().message);
                return;
            }
            UrlOpener::open(url.value());
            setNotice(tr("Finish in your browser — this window updates by itself when Stripe confirms."));
        });
}

void ConnectionsBox::addRooftop()
{
    auto* dialog = new AddRooftopDialog(m_ctx.connections(), m_session, this);
    connect(dialog, &AddRooftopDialog::added, this, [this](const Rooftop& rooftop) {
        reload();
        m_combo->setCurrentIndex(m_combo->findData(rooftop.id));
    });
    openDialog(dialog);
}

void ConnectionsBox::editPayouts()
{
    if (const Rooftop* rooftop = current()) {
        auto* dialog = new PayoutSettingsDialog(m_ctx.connections(), m_session, *rooftop, this);
        connect(dialog, &PayoutSettingsDialog::saved, this, &ConnectionsBox::reload);
        openDialog(dialog);
    }
}

void ConnectionsBox::openDashboard()
{
    const Rooftop* rooftop = current();
    if (!rooftop)
        return;
    setBusy(m_dashboard, true, tr("Opening…"));
    ConnectionService& connections = m_ctx.connections();
    const Session session = m_session;
    const qint64 id = rooftop->id;
    runAsync<Result<QUrl>>(this, [&connections, session, id] { return connections.expressDashboardLink(session, id); },
                           [this](Result<QUrl> url) {
                               setBusy(m_dashboard, false);
                               if (!url.ok())
                                   MessageBox::warning(this, tr("Express dashboard"), url.error().message);
                               else
                                   UrlOpener::open(url.value());
                           });
}

void ConnectionsBox::showSensitiveDetails()
{
    const Rooftop* rooftop = current();
    if (!rooftop)
        return;
    const qint64 id = rooftop->id;
    const QString name = rooftop->name;
    if (m_ctx.users().reauthFresh(m_session)) {
        fetchSensitiveDetails(id, name);
        return;
    }
    auto* dialog = new ReauthDialog(m_ctx.users(), m_session,
                                    tr("Bank and tax numbers are sensitive. Enter your password again to see them."),
                                    this);
    connect(dialog, &QDialog::accepted, this, [this, id, name] { fetchSensitiveDetails(id, name); });
    openDialog(dialog);
}

void ConnectionsBox::fetchSensitiveDetails(qint64 rooftopId, const QString& name)
{
    setBusy(m_sensitive, true, tr("Loading…"));
    ConnectionService& connections = m_ctx.connections();
    const Session session = m_session;
    runAsync<Result<SensitiveDetails>>(
        this, [&connections, session, rooftopId] { return connections.sensitiveDetails(session, rooftopId); },
        [this, name](Result<SensitiveDetails> details) {
            setBusy(m_sensitive, false);
            if (details.ok())
                openDialog(new SensitiveDetailsDialog(name, details.value(), this));
            else
                MessageBox::warning(this, tr("Bank and tax details"), details.error().message);
        });
}

void ConnectionsBox::editCountries()
{
    auto* dialog = new AllowedCountriesDialog(m_ctx.connections(), m_session, this);
    connect(dialog, &QDialog::accepted, this, &ConnectionsBox::reload);
    openDialog(dialog);
}

void ConnectionsBox::askAccounting(QWidget* parent)
{
    openDialog(new AccountingRequestDialog(m_ctx.users().organizationName(), m_session.name, parent));
}

} // namespace dp::ui

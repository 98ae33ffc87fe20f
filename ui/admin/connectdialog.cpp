#include "connectdialog.h"

#include "common/dialogbuttons.h"
#include "foundation/validators.h"
#include "common/async.h"
#include "connectpages.h"
#include "common/reauthdialog.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"
#include "common/urlopener.h"
#include "foundation/settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dp::ui {

ConnectDialog::ConnectDialog(AppContext& ctx, Session& session, const Rooftop& rooftop, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_rooftop(rooftop)
    , m_step(makeHeading(QString(), 2))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect %1 to payments").arg(rooftop.name));
    const QString orgName = ctx.users().organizationName();

    auto* checklist = new ChecklistPage(orgName);
    connect(checklist, &ChecklistPage::askAccounting, this, &ConnectDialog::askAccounting);
    m_details = new BusinessDetailsPage(ctx.connections().allowedCountries(), orgName, rooftop.name, m_errors);
    m_pages = {checklist, m_details, buildConfirmPage(orgName), buildFinishedPage()};

    QLabel* general = makeErrorLabel(QStringLiteral("connectError"));
    m_errors.setGeneral(general);

    auto* buttons = makeDialogButtons(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_back = buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole);
    m_next = buttons->addButton(tr("Next"), QDialogButtonBox::ActionRole);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_connect->setObjectName(QStringLiteral("connectSubmitButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, &ConnectDialog::next);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_step);
    layout->addWidget(makeSeparator());
    for (QWidget* page : std::as_const(m_pages))
        layout->addWidget(page, 1);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 120);
    goTo(Checklist);
}

QWidget* ConnectDialog::buildConfirmPage(const QString& orgName)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("confirmPage"));
    auto* text = new QLabel(tr("When you click Connect, DealerPay creates the payments account for <b>%1</b> and "
                               "opens Stripe's secure onboarding page in your browser.")
                                .arg(m_rooftop.name.toHtmlEscaped()));
    text->setWordWrap(true);

    m_attest = new QCheckBox(tr("I am authorized to sign on behalf of %1").arg(orgName));
    m_attest->setObjectName(QStringLiteral("attestCheck"));
    QLabel* attestError = makeErrorLabel(QStringLiteral("attestError"));
    m_errors.add({QStringLiteral("signer_attested"), QStringLiteral("attest"), QStringLiteral("attestation")},
                 m_attest, attestError);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("reauthPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    QLabel* passwordError = makeErrorLabel(QStringLiteral("reauthPasswordError"));
    m_errors.add({QStringLiteral("password"), QStringLiteral("reauth"), QStringLiteral("reauthPassword")}, m_password, passwordError);
    auto* form = new QFormLayout;
    form->addRow(tr("Your password:"), withError(m_password, passwordError));

    auto* layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    layout->addWidget(text);
    layout->addWidget(m_attest);
    layout->addWidget(attestError);
    layout->addWidget(makeHintLabel(tr("For your security, enter your password again to confirm that you are "
                                       "the one connecting payments.")));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* ConnectDialog::buildFinishedPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("finishedPage"));
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(48, 48));
    auto* text = new QLabel(tr("Finish in your browser — this window updates by itself when Stripe confirms."));
    text->setObjectName(QStringLiteral("finishedText"));
    text->setWordWrap(true);
    auto* reopen = new QPushButton(tr("Open the page again"));
    reopen->setObjectName(QStringLiteral("reopenButton"));
    connect(reopen, &QPushButton::clicked, this, [this] { UrlOpener::open(m_onboardingUrl); });

    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon, 0, Qt::AlignTop);
    auto* column = new QVBoxLayout;
    column->addWidget(text);
    column->addWidget(makeHintLabel(tr("You can close this window; the status in the Connections box changes to "
                                       "Connected once Stripe has verified the account.")));
    column->addWidget(reopen, 0, Qt::AlignLeft);
    row->addLayout(column, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

void ConnectDialog::goTo(int page)
{
    page = qBound(0, page, static_cast<int>(Finished));
    m_page = page;
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i]->setVisible(i == page);
    static const char* const titles[] = {
        QT_TR_NOOP("Before you start"),
        QT_TR_NOOP("Business details"),
        QT_TR_NOOP("Confirm and connect"),
    };
    m_step->setText(page == Finished ? tr("Almost done")
                                     : tr("Step %1 of 3 — %2").arg(page + 1).arg(tr(titles[page])));
    m_back->setVisible(page > Checklist && page < Finished);
    m_next->setVisible(page < Confirm);
    m_connect->setVisible(page == Confirm);
    m_cancel->setVisible(page < Finished);
    m_close->setVisible(page == Finished);
    setMainButton(page == Confirm ? m_connect : (page == Finished ? m_close : m_next));
    growToFit(this);
}

ConnectRequest ConnectDialog::request() const
{
    ConnectRequest request;
    request.rooftopId = m_rooftop.id;
    m_details->fill(request);
    request.signerAttested = m_attest->isChecked();
    return request;
}

void ConnectDialog::next()
{
    m_errors.clear();
    if (m_page == Details) {
        if (auto invalid = m_ctx.connections().validateDetails(request())) {
            m_errors.show(*invalid);
            return;
        }
    }
    goTo(m_page + 1);
}

void ConnectDialog::submit()
{
    if (!m_connect->isVisible() || !m_connect->isEnabled())
        return;
    m_errors.clear();
    const ConnectRequest request = this->request();
    // Every error of the page at once, the password kept: nothing is sent until all are fixed.
    QList<FieldError> errors;
    if (auto invalid = m_ctx.connections().validateRequest(request))
        errors = invalid->fieldErrors;
    if (auto c = validate::requiredText(m_password->text(), tr("Your password")); !c.ok)
        errors.append({QStringLiteral("password"), c.message});
    if (auto invalid = Error::validation(errors)) {
        showFailure(*invalid);
        return;
    }
    const QUrl returnUrl(m_ctx.settings().string(Settings::Key::OnboardingReturnUrl));
    setBusy(m_connect, true, tr("Connecting…"));
    m_back->setEnabled(false);

    // The signer's password first (re-authentication), then the account and its onboarding link.
    reauthenticateAsync(this, m_ctx.users(), m_session, m_password->text(),
                        [this, request, returnUrl](const Status& status, const Session& reauthed) {
        if (!status.ok()) {
            showFailure(status.error().field.isEmpty()
                            ? Error{status.error().code, status.error().message, QStringLiteral("password")}
                            : status.error());
            return;
        }
        m_session.reauthenticatedAt = reauthed.reauthenticatedAt;
        ConnectionService& connections = m_ctx.connections();
        const Session session = m_session;
        runAsync<Result<QUrl>>(
            this, [&connections, session, request, returnUrl] {
                return connections.startOnboarding(session, request, returnUrl);
            },
            [this](Result<QUrl> result) {
                if (!result.ok()) {
                    showFailure(result.error());
                    return;
                }
                setBusy(m_connect, false);
                m_back->setEnabled(true);
                m_password->clear();
                m_onboardingUrl = result.value();
                emit onboardingStarted(m_rooftop.id);
                UrlOpener::open(m_onboardingUrl);
                goTo(Finished);
            });
    });
}

void ConnectDialog::showFailure(const Error& error)
{
    setBusy(m_connect, false);
    m_back->setEnabled(true);
    // What was typed stays (the password too): the errors are shown next to their inputs, and the first page
    // that has one is shown (a refusal of the API can name a field of an earlier page).
    const QList<QWidget*> inputs = m_errors.inputsOf(error);
    m_errors.show(error);
    if (inputs.isEmpty())
        return;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->isAncestorOf(inputs.first()))
            goTo(i);
    }
    inputs.first()->setFocus(Qt::OtherFocusReason);
    if (inputs.first() == m_password)
        m_password->selectAll();
}

} // namespace dp::ui

#include "accountdialogs.h"

#include "common/dialogbuttons.h"
#include "common/displaytext.h"
#include "common/uistyle.h"
#include "common/urlopener.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
QLabel* makeParagraph(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}
}

AddRooftopDialog::AddRooftopDialog(ConnectionService& connections, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_session(session)
    , m_name(new QLineEdit)
    , m_error(makeErrorLabel(QStringLiteral("rooftopNameError")))
{
    setObjectName(QStringLiteral("addRooftopDialog"));
    setWindowTitle(tr("Add rooftop"));
    m_name->setObjectName(QStringLiteral("rooftopNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Main Street Motors — Downtown"));
    auto* form = new QFormLayout;
    form->addRow(tr("Rooftop name:"), withError(m_name, m_error));
    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add rooftop"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addRooftopOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRooftopDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(makeParagraph(tr("A rooftop is one store of your organization. Each rooftop connects its own "
                                       "payments account and bank account.")));
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 80);
}

void AddRooftopDialog::submit()
{
    const Result<Rooftop> result = m_connections.addRooftop(m_session, m_name->text().trimmed());
    if (!result.ok()) {
        showError(m_error, result.error().message);
        m_name->setFocus();
        return;
    }
    emit added(result.value());
    accept();
}

AllowedCountriesDialog::AllowedCountriesDialog(ConnectionService& connections, const Session& session,
                                               QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_session(session)
    , m_error(makeErrorLabel(QStringLiteral("countriesError")))
{
    setObjectName(QStringLiteral("countriesDialog"));
    setWindowTitle(tr("Allowed countries"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(makeParagraph(tr("Payments can be offered to businesses registered in these countries. "
                                       "A rooftop chooses its country when it connects.")));
    const QStringList allowed = connections.allowedCountries();
    for (const auto& [code, name] : countryChoices()) {
        auto* check = new QCheckBox(name);
        check->setObjectName(QStringLiteral("countryCheck_") + code);
        check->setChecked(allowed.contains(code));
        m_checks.insert(code, check);
        layout->addWidget(check);
    }
    layout->addWidget(m_error);
    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel, QDialogButtonBox::Save);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("countriesSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AllowedCountriesDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 80);
}

void AllowedCountriesDialog::submit()
{
    QStringList countries;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it.value()->isChecked())
            countries.append(it.key());
    }
    const Status status = m_connections.setAllowedCountries(m_session, countries);
    if (!status.ok()) {
        showError(m_error, status.error().message);
        return;
    }
    accept();
}

AccountingRequestDialog::AccountingRequestDialog(const QString& orgName, const QString& adminName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountingDialog"));
    setWindowTitle(tr("Ask accounting for details"));
    const QString subject = ConnectionService::accountingRequestSubject();
    const QString body = ConnectionService::accountingRequestBody(orgName, adminName);

    auto* subjectEdit = new QLineEdit(subject);
    subjectEdit->setObjectName(QStringLiteral("accountingSubjectEdit"));
    subjectEdit->setReadOnly(true);
    auto* bodyEdit = new QPlainTextEdit(body);
    bodyEdit->setObjectName(QStringLiteral("accountingBodyEdit"));
    bodyEdit->setReadOnly(true);
    bodyEdit->setMinimumHeight(bodyEdit->fontMetrics().lineSpacing() * 22);

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), subjectEdit);
    form->addRow(tr("Message:"), bodyEdit);

    auto* copied = makeHintLabel(QString());
    copied->setObjectName(QStringLiteral("copiedLabel"));
    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Close, QDialogButtonBox::Close);
    auto* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    auto* mail = buttons->addButton(tr("Open in e-mail app"), QDialogButtonBox::ActionRole);
    mail->setObjectName(QStringLiteral("mailButton"));
    connect(copy, &QPushButton::clicked, this, [subject, body, copied] {
        copyToClipboard(subject + QStringLiteral("\n\n") + body);
        copied->setText(tr("Copied. Paste it into an e-mail to your accounting department."));
    });
    connect(mail, &QPushButton::clicked, this, [subject, body] { UrlOpener::open(mailtoUrl(subject, body)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(makeParagraph(tr("Connecting payments needs a few details that your accounting department "
                                       "usually has. Send them this request, then come back to Connect.")));
    layout->addLayout(form, 1);
    layout->addWidget(copied);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 110);
    // No field to type in: the focus starts on the main button, so that Enter closes (not Copy, the first button).
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QUrl AccountingRequestDialog::mailtoUrl(const QString& subject, const QString& body)
{
    // Percent-encode everything (newlines, '&', '+') so that every e-mail app reads the same text.
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setQuery(QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(subject))
                 + QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(body)));
    return url;
}

SensitiveDetailsDialog::SensitiveDetailsDialog(const QString& rooftopName, const SensitiveDetails& details,
                                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sensitiveDialog"));
    setWindowTitle(tr("Bank and tax details"));
    auto* form = new QFormLayout;
    auto addRow = [form](const QString& label, const QString& value, const QString& objectName) {
        auto* field = new QLabel(value.isEmpty() ? tr("Not provided yet") : value);
        field->setObjectName(objectName);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    addRow(tr("Tax id:"), details.taxIdMasked, QStringLiteral("taxIdValue"));
    addRow(tr("Bank account:"), details.bankMasked, QStringLiteral("bankValue"));
    addRow(tr("Routing / transit:"), details.routingMasked, QStringLiteral("routingValue"));
    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Close, QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(makeHeading(rooftopName, 3));
    layout->addLayout(form);
    layout->addWidget(makeHintLabel(tr("Only the last 4 digits are shown. To change these details, open the "
                                       "Express dashboard.")));
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 80);
}

} // namespace dp::ui

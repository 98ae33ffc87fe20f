#pragma once

#include "auth/session.h"
#include "common/formerrors.h"
#include "onboarding/connectionservice.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

class BusinessDetailsPage;

// "Connect" for one rooftop (ONB-2..4): the checklist, the business details, the signer's attestation and
// password, then startOnboarding and the hosted onboarding page in the browser.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(AppContext& ctx, Session& session, const Rooftop& rooftop, QWidget* parent = nullptr);

signals:
    void onboardingStarted(qint64 rooftopId);
    void askAccounting();

private:
    enum Page
    {
        Checklist,
        Details,
        Confirm,
        Finished,
    };
    QWidget* buildConfirmPage(const QString& orgName);
    QWidget* buildFinishedPage();
    void goTo(int page);
    void next(); // checks the page's inputs with core first: all its errors at once, on the page
    ConnectRequest request() const;
    void submit();
    void showFailure(const Error& error);

    AppContext& m_ctx;
    Session& m_session;
    Rooftop m_rooftop;
    FormErrors m_errors;
    // One page shown at a time; hidden pages take no room, so the dialog's height follows the page (wrapped
    // error text included).
    QList<QWidget*> m_pages;
    int m_page = Checklist;
    QLabel* m_step;
    BusinessDetailsPage* m_details = nullptr;
    QCheckBox* m_attest = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_connect;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QUrl m_onboardingUrl;
};

} // namespace dp::ui

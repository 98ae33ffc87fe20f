#pragma once

#include "auth/session.h"
#include "onboarding/connectionservice.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dp::ui {

// "Add rooftop…": the name of a store to connect (ONB-7).
class AddRooftopDialog : public QDialog
{
    Q_OBJECT
public:
    AddRooftopDialog(ConnectionService& connections, const Session& session, QWidget* parent = nullptr);

signals:
    void added(const dp::Rooftop& rooftop);

private:
    void submit();

    ConnectionService& m_connections;
    const Session& m_session;
    QLineEdit* m_name;
    QLabel* m_error;
};

// "Allowed countries…" (ONB-5): which countries' businesses may connect.
class AllowedCountriesDialog : public QDialog
{
    Q_OBJECT
public:
    AllowedCountriesDialog(ConnectionService& connections, const Session& session, QWidget* parent = nullptr);

private:
    void submit();

    ConnectionService& m_connections;
    const Session& m_session;
    QMap<QString, QCheckBox*> m_checks;
    QLabel* m_error;
};

// "Ask accounting for details…" (ONB-9): the ready-to-send request, copied or opened in the e-mail app.
class AccountingRequestDialog : public QDialog
{
    Q_OBJECT
public:
    AccountingRequestDialog(const QString& orgName, const QString& adminName, QWidget* parent = nullptr);
    static QUrl mailtoUrl(const QString& subject, const QString& body);
};

// Bank and tax details, masked (ONB-4), shown after re-authentication.
class SensitiveDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    SensitiveDetailsDialog(const QString& rooftopName, const SensitiveDetails& details, QWidget* parent = nullptr);
};

} // namespace dp::ui

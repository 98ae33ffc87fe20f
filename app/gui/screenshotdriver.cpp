#include "screenshotdriver.h"

#include "common/async.h"
#include "payments/reconciliationpage.h"
#include "shell/mainwindow.h"
#include "shell/navigation.h"
#include "shell/workarea.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>

namespace dp::app {

namespace {
constexpr int kPollMs = 100;
constexpr int kMaxPolls = 600;  // a minute: then the screen is saved as it is
constexpr int kQuietPolls = 8;  // nothing running for this long: the screen is final
}

ScreenshotDriver::ScreenshotDriver(ui::MainWindow& window, const QString& loginAs, const QString& page)
    : QObject(nullptr)
    , m_window(window)
    , m_loginAs(loginAs)
    , m_page(page)
{
}

QString ScreenshotDriver::pageKey() const
{
    // The former tab names still work.
    if (m_page == QLatin1String("admin"))
        return QStringLiteral("connections");
    if (m_page == QLatin1String("manage"))
        return QStringLiteral("staff");
    if (m_page == QLatin1String("payments")) {
        ui::WorkArea* work = m_window.workArea();
        const bool all = work && work->navigation()->pages().contains(QStringLiteral("allPayments"));
        return all ? QStringLiteral("allPayments") : QStringLiteral("requests");
    }
    return m_page;
}

void ScreenshotDriver::drive()
{
    if (!m_loginAs.isEmpty()) {
        const auto buttons = m_window.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->objectName() == QLatin1String("demoLogin_") + m_loginAs) {
                b->click();
                break;
            }
        }
    }
    if (m_file.isEmpty())
        QTimer::singleShot(kPollMs, this, &ScreenshotDriver::poll);
}

void ScreenshotDriver::saveWhenReady(const QString& file)
{
    m_file = file;
    drive();
    QTimer::singleShot(kPollMs, this, &ScreenshotDriver::poll);
}

// The Reconciliation page on the demo: its DMS exports, then its bank statements, one at a time, so that the
// screenshot shows a reconciled day. True while an import is still to start.
bool ScreenshotDriver::importDemoFiles()
{
    auto* page = m_window.findChild<ui::ReconciliationPage*>();
    if (!page || page->isBusy())
        return page != nullptr;
    if (!m_demoFilesListed) {
        m_demoFilesListed = true;
        const QDir folder(page->suggestedFolder());
        for (const QString& pattern : {QStringLiteral("*-dms-cashier.csv"), QStringLiteral("*-bank-statement.ofx")}) {
            for (const QString& name : folder.entryList({pattern}, QDir::Files, QDir::Name))
                m_demoFiles << folder.filePath(name);
        }
    }
    if (m_demoFiles.isEmpty())
        return false;
    const QString file = m_demoFiles.takeFirst();
    if (file.endsWith(QLatin1String(".csv")))
        page->importDmsFile(file);
    else
        page->importBankFile(file);
    return true;
}

bool ScreenshotDriver::driven() const
{
    if (m_loginAs.isEmpty())
        return true;
    ui::WorkArea* work = m_window.workArea();
    if (!work || !work->isVisible())
        return false;
    return m_page.isEmpty() || work->navigation()->currentPage() == pageKey();
}

void ScreenshotDriver::poll()
{
    ++m_attempts;
    if (ui::WorkArea* work = m_window.workArea(); work && !m_page.isEmpty()
                                                  && work->navigation()->currentPage() != pageKey())
        work->navigation()->setCurrentPage(pageKey());
    // Busy while signing in, while a call runs on the work pool, or while a job (the first sync) fills the store.
    bool busy = !driven() || ui::workPool()->activeThreadCount() > 0 || !m_window.jobsIdle();
    if (!busy && pageKey() == QLatin1String("reconciliation"))
        busy = importDemoFiles();
    m_quietPolls = busy ? 0 : m_quietPolls + 1;
    const bool done = m_file.isEmpty() ? driven() : m_quietPolls >= kQuietPolls;
    if (!done && m_attempts < kMaxPolls) {
        QTimer::singleShot(kPollMs, this, &ScreenshotDriver::poll);
        return;
    }
    if (!m_file.isEmpty()) {
        m_window.grab().save(m_file);
        QApplication::quit();
    }
}

} // namespace dp::app

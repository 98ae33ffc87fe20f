#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace dp::ui {
class MainWindow;
}

namespace dp::app {

// `--login-as ROLE --page PAGE --screenshot FILE`: drives the window the way a person would (the demo sign-in
// button, then the page in the navigation), for screenshots and demos. The screenshot waits for readiness: the
// work area and its page shown, and no background call (sign-in, loads, sync) still running.
class ScreenshotDriver : public QObject
{
    Q_OBJECT
public:
    ScreenshotDriver(ui::MainWindow& window, const QString& loginAs, const QString& page);

    void drive();
    void saveWhenReady(const QString& file); // drives, then saves and quits the application

private:
    bool driven() const;
    void poll();
    QString pageKey() const;
    bool importDemoFiles();

    ui::MainWindow& m_window;
    QString m_loginAs;
    QString m_page;
    QString m_file;
    int m_attempts = 0;
    int m_quietPolls = 0;
    bool m_demoFilesListed = false;
    QStringList m_demoFiles; // still to import
};

} // namespace dp::app

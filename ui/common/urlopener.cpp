#include "urlopener.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace dp::ui {

namespace {
std::function<void(const QUrl&)> s_recorder;
}

bool UrlOpener::open(const QUrl& url)
{
    if (s_recorder) {
        s_recorder(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setRecorder(std::function<void(const QUrl&)> recorder)
{
    s_recorder = std::move(recorder);
}

void copyToClipboard(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
}

} // namespace dp::ui

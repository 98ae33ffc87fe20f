#pragma once

#include <QUrl>

#include <functional>

namespace dp::ui {

// Opens links in the system browser or e-mail app. Test seam: setRecorder() records the URLs instead.
class UrlOpener
{
public:
    static bool open(const QUrl& url);
    static void setRecorder(std::function<void(const QUrl&)> recorder); // empty function = the real desktop
};

// Puts text on the system clipboard.
void copyToClipboard(const QString& text);

} // namespace dp::ui

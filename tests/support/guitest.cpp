#include "guitest.h"

#include "common/urlopener.h"

#include <QAbstractButton>
#include <QDir>
#include <QMetaMethod>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QTranslator>

namespace dp::test {

namespace {
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString text = QString::fromUtf8(sourceText);
        if (text.trimmed().isEmpty())
            return {};
        // Accented vowels plus 40 % padding: French-length text that still reads as the English one.
        QString longer = text;
        longer.replace(QLatin1Char('e'), QChar(0x00E9)).replace(QLatin1Char('a'), QChar(0x00E0));
        return longer + QStringLiteral(" ") + QString(qMax(1, int(text.size() * 0.4)), QChar(0x00B7));
    }
    bool isEmpty() const override { return false; }
};
}

void prepareGuiTest()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (qEnvironmentVariableIntValue("DEALERPAY_PSEUDO_TR") != 1)
        return;
    static PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("DEALERPAY_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString suffix = qEnvironmentVariableIntValue("DEALERPAY_PSEUDO_TR") == 1 ? QStringLiteral("-long")
                                                                                    : QString();
    widget->grab().save(QDir(dir).filePath(name + suffix + QStringLiteral(".png")));
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool click(QAbstractButton* button)
{
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning("click: %s is %s", button ? qPrintable(button->objectName()) : "button",
                 !button ? "missing" : (button->isVisible() ? "disabled" : "hidden"));
        return false;
    }
    QWidget* window = button->window();
    QCoreApplication::sendPostedEvents(); // pending layouts, as before a real click
    QCoreApplication::processEvents();
    if (!QTest::qWaitForWindowExposed(window)) {
        qWarning("click: the window of %s is not exposed", qPrintable(button->objectName()));
        return false;
    }
    // QTest delivers the click at a position in the window: scroll the button into view first, and make sure
    // nothing covers it, as for a real click.
    for (QWidget* p = button->parentWidget(); p; p = p->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(p))
            scroll->ensureWidgetVisible(button);
    }
    const QPoint center = button->rect().center();
    QWidget* hit = window->childAt(button->mapTo(window, center));
    if (hit != button && !button->isAncestorOf(hit)) {
        qWarning("click: %s is covered by %s %s", qPrintable(button->objectName()),
                 hit ? hit->metaObject()->className() : "nothing", hit ? qPrintable(hit->objectName()) : "");
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton, {}, center);
    return true;
}

UrlRecorder::UrlRecorder()
{
    ui::UrlOpener::setRecorder([this](const QUrl& url) { urls.append(url); });
}

UrlRecorder::~UrlRecorder()
{
    ui::UrlOpener::setRecorder({});
}

void runEarlierSteps(QObject* test, QSet<QByteArray>& done)
{
    const QByteArray current = QTest::currentTestFunction();
    const QMetaObject* meta = test->metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        const QByteArray name = method.name();
        if (name == current)
            break;
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
            || method.parameterCount() != 0 || name.endsWith("_data") || done.contains(name)
            || name == "initTestCase" || name == "cleanupTestCase" || name == "init" || name == "cleanup")
            continue;
        done.insert(name);
        method.invoke(test, Qt::DirectConnection);
        if (QTest::currentTestFailed())
            return;
    }
    done.insert(current);
}

} // namespace dp::test

#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace dp::ui {

// The window's left navigation: a list of pages under their area headings (Admin, Manage, Payments) beside the
// page shown. Arrow keys, Home/End and Page Up/Down move between pages (headings are skipped); the page changes as
// the selection moves. Several entries may share one widget (an area that holds its pages) with `activate` turning
// to the right one.
class Navigation : public QWidget
{
    Q_OBJECT
public:
    explicit Navigation(QWidget* parent = nullptr);

    void addArea(const QString& title);
    // `key` names the page in settings and tests; `page` joins the stack unless it is there already.
    void addPage(const QString& key, const QString& title, QWidget* page, std::function<void()> activate = {});

    bool setCurrentPage(const QString& key); // false when there is no such page
    QString currentPage() const;
    QStringList pages() const;               // keys, in the order shown
    QString pageTitle(const QString& key) const;
    QWidget* currentWidget() const;
    QListWidget* list() const { return m_list; }

signals:
    void currentPageChanged(const QString& key);

private:
    void showRow(int row);
    void fitListWidth();

    struct Entry
    {
        QWidget* page = nullptr;
        std::function<void()> activate;
    };
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QHash<QString, Entry> m_entries;
    QString m_current;
};

} // namespace dp::ui

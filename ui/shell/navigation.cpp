#include "navigation.h"

#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPalette>
#include <QStackedWidget>

namespace dp::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;

// A list whose cursor never rests on an area heading: Home, End, Page Up and Page Down land on the nearest page
// (the arrow keys skip headings already).
class PageList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex target = QListWidget::moveCursor(action, modifiers);
        if (!target.isValid() || isPage(target.row()))
            return target;
        const bool backwards = action == MoveEnd || action == MovePageUp || action == MoveUp || action == MovePrevious;
        const int step = backwards ? -1 : 1;
        for (int row = target.row(); row >= 0 && row < count(); row += step) {
            if (isPage(row))
                return model()->index(row, 0);
        }
        for (int row = target.row(); row >= 0 && row < count(); row -= step) {
            if (isPage(row))
                return model()->index(row, 0);
        }
        return currentIndex();
    }

private:
    bool isPage(int row) const { return item(row) && (item(row)->flags() & Qt::ItemIsSelectable); }
};
}

Navigation::Navigation(QWidget* parent)
    : QWidget(parent)
    , m_list(new PageList)
    , m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("navigation"));
    m_list->setObjectName(QStringLiteral("navigationList"));
    m_list->setAccessibleName(tr("Pages"));
    m_list->setAccessibleDescription(tr("Choose a page with the arrow keys; it opens as the selection moves."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(1);
    m_list->setAutoFillBackground(true);
    m_list->setBackgroundRole(QPalette::Window);
    m_stack->setObjectName(QStringLiteral("navigationPages"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &Navigation::showRow);
}

void Navigation::addArea(const QString& title)
{
    auto* item = new QListWidgetItem(title.toUpper(), m_list);
    item->setFlags(Qt::NoItemFlags); // a heading: the keyboard and the mouse skip it
    QFont font = m_list->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(font);
    item->setForeground(m_list->palette().color(QPalette::Active, QPalette::PlaceholderText));
    item->setData(Qt::AccessibleTextRole, tr("%1 area").arg(title));
    if (m_list->count() > 1) { // space above every area but the first
        const QFontMetrics metrics(font);
        item->setSizeHint(QSize(metrics.horizontalAdvance(item->text()) + 8, metrics.height() * 2 + 8));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
    }
    fitListWidth();
}

void Navigation::addPage(const QString& key, const QString& title, QWidget* page, std::function<void()> activate)
{
    auto* item = new QListWidgetItem(QStringLiteral("  ") + title, m_list);
    item->setData(kKeyRole, key);
    item->setData(Qt::AccessibleTextRole, title);
    item->setToolTip(title);
    item->setSizeHint(QSize(m_list->fontMetrics().horizontalAdvance(item->text()) + 8,
                            m_list->fontMetrics().height() + 10)); // room to aim with the mouse
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    m_entries.insert(key, Entry{page, std::move(activate)});
    fitListWidth();
}

bool Navigation::setCurrentPage(const QString& key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kKeyRole).toString() == key) {
            if (m_list->currentRow() == row)
                showRow(row); // the area widget may show another of its pages meanwhile
            else
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString Navigation::currentPage() const
{
    return m_current;
}

QStringList Navigation::pages() const
{
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString key = m_list->item(row)->data(kKeyRole).toString();
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

QString Navigation::pageTitle(const QString& key) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kKeyRole).toString() == key)
            return m_list->item(row)->data(Qt::AccessibleTextRole).toString();
    }
    return {};
}

QWidget* Navigation::currentWidget() const
{
    return m_stack->currentWidget();
}

void Navigation::showRow(int row)
{
    QListWidgetItem* item = m_list->item(row);
    const QString key = item ? item->data(kKeyRole).toString() : QString();
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.constEnd())
        return;
    // Only the page shown sets the window's minimum size: a wide page elsewhere does not widen every page.
    for (int i = 0; i < m_stack->count(); ++i) {
        const QSizePolicy::Policy policy = m_stack->widget(i) == entry->page ? QSizePolicy::Preferred
                                                                             : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentWidget(entry->page);
    if (entry->activate)
        entry->activate();
    if (m_current != key) {
        m_current = key;
        emit currentPageChanged(key);
    }
}

void Navigation::fitListWidth()
{
    int width = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QFont font = item->font();
        width = qMax(width, QFontMetrics(font).horizontalAdvance(item->text()));
    }
    const int margins = 2 * m_list->frameWidth() + 4 * m_list->spacing() + 24;
    m_list->setFixedWidth(qMax(width + margins, fontMetrics().averageCharWidth() * 22));
}

} // namespace dp::ui

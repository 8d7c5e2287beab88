#include "consolenavigator.h"

#include "consolescreen.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace Cloacina::Monitor {

ConsoleNavigator::ConsoleNavigator(QWidget* parent)
    : QWidget(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    m_sidebar->setObjectName(QStringLiteral("consoleSidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sidebar->setFixedWidth(150);
    m_sidebar->setBackgroundRole(QPalette::AlternateBase);
    m_stack->setObjectName(QStringLiteral("consoleStack"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &ConsoleNavigator::onRowChanged);
}

void ConsoleNavigator::addScreen(ConsoleScreen* screen)
{
    const int position = int(m_screens.size());
    m_screens.append(screen);
    m_stack->addWidget(screen);
    auto* item = new QListWidgetItem(screen->icon(), screen->title(), m_sidebar);
    item->setData(Qt::UserRole, screen->screenId());
    if (position < 9) {
        auto* action = new QAction(screen->title(), this);
        action->setObjectName(QStringLiteral("show_%1").arg(screen->screenId()));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, screen] { showScreen(screen->screenId()); });
        addAction(action);
        item->setToolTip(tr("%1 (%2)").arg(screen->title(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(screen, &ConsoleScreen::availabilityChanged, this, &ConsoleNavigator::updateAvailability);
    updateAvailability();
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

bool ConsoleNavigator::showScreen(const QString& screenId, const QVariantMap& filter)
{
    const int position = [&] {
        for (int i = 0; i < m_screens.size(); ++i)
            if (m_screens.at(i)->screenId() == screenId)
                return i;
        return -1;
    }();
    if (position < 0 || !m_screens.at(position)->isAvailable())
        return false;
    if (!filter.isEmpty())
        m_screens.at(position)->applyFilter(filter);
    m_sidebar->setCurrentRow(position);
    return true;
}

ConsoleScreen* ConsoleNavigator::currentScreen() const
{
    return qobject_cast<ConsoleScreen*>(m_stack->currentWidget());
}

ConsoleScreen* ConsoleNavigator::screen(const QString& screenId) const
{
    for (ConsoleScreen* s : m_screens)
        if (s->screenId() == screenId)
            return s;
    return nullptr;
}

void ConsoleNavigator::updateAvailability()
{
    for (int i = 0; i < m_screens.size(); ++i) {
        const bool available = m_screens.at(i)->isAvailable();
        m_sidebar->item(i)->setHidden(!available);
        if (!available && m_sidebar->currentRow() == i)
            m_sidebar->setCurrentRow(0);
    }
}

void ConsoleNavigator::onRowChanged(int row)
{
    if (row < 0 || row >= m_screens.size())
        return;
    ConsoleScreen* screen = m_screens.at(row);
    m_stack->setCurrentWidget(screen);
    screen->activated();
    Q_EMIT currentScreenChanged(screen);
}

} // namespace Cloacina::Monitor

#pragma once

#include <QVariantMap>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Cloacina::Monitor {

class ConsoleScreen;

//! The console's sidebar and the stack of its screens. Each screen gets a sidebar entry and the
//! shortcut Ctrl+<position> (Ctrl+1 for the first); unavailable screens (isAvailable() false)
//! are hidden and cannot be shown.
class ConsoleNavigator : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleNavigator(QWidget* parent = nullptr);

    //! Appends \a screen (the navigator takes it over).
    void addScreen(ConsoleScreen* screen);
    //! Shows the screen \a screenId and applies \a filter; false when unknown or unavailable.
    bool showScreen(const QString& screenId, const QVariantMap& filter = {});
    ConsoleScreen* currentScreen() const;
    ConsoleScreen* screen(const QString& screenId) const;
    QList<ConsoleScreen*> screens() const { return m_screens; }
    QListWidget* sidebar() const { return m_sidebar; }

Q_SIGNALS:
    void currentScreenChanged(Cloacina::Monitor::ConsoleScreen* screen);

private:
    void updateAvailability();
    void onRowChanged(int row);

    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    QList<ConsoleScreen*> m_screens;
};

} // namespace Cloacina::Monitor

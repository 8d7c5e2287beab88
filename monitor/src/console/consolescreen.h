#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QVariantMap>
#include <QWidget>

namespace Cloacina::Monitor {

class ConsoleContext;

//! One screen of the operator console (Overview, Workflows, Triggers, …): a sidebar entry with a
//! title, an icon and a keyboard shortcut, shown in the main window's stack.
class ConsoleScreen : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleScreen(ConsoleContext* context, QWidget* parent = nullptr);

    //! Stable id used for navigation and settings ("overview", "workflows", …).
    virtual QString screenId() const = 0;
    //! The sidebar text (translated).
    virtual QString title() const = 0;
    //! The sidebar icon; none by default.
    virtual QIcon icon() const { return {}; }
    //! False hides the sidebar entry (e.g. Admin for keys whose role does not allow it).
    virtual bool isAvailable() const { return true; }
    //! Called each time the screen is shown (refresh what is stale).
    virtual void activated() { }
    //! Applies a filter another screen asked for (keys are screen-specific, e.g. "status").
    virtual void applyFilter(const QVariantMap& filter) { Q_UNUSED(filter) }
    //! Refreshes everything the screen shows (F5).
    virtual void refresh() { }

    ConsoleContext* context() const { return m_context; }

Q_SIGNALS:
    //! isAvailable() may have changed.
    void availabilityChanged();

private:
    ConsoleContext* m_context;
};

} // namespace Cloacina::Monitor

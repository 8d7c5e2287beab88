#pragma once
// Turns SIGINT and SIGTERM into a Qt signal (self-pipe + QSocketNotifier): the handler only
// writes one byte, everything else — stopping the running check, removing the scratch tenant —
// happens in the event loop, where it is safe.
#include <QObject>

class QSocketNotifier;

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    //! Installs the handlers; only one watcher may exist at a time.
    explicit SignalWatcher(QObject* parent = nullptr);
    //! Restores the default handlers.
    ~SignalWatcher() override;

    //! False when the handlers could not be installed (the program then runs without them).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    //! SIGINT or SIGTERM (\a signalNumber) arrived.
    void signalled(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

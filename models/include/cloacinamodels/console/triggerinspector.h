#pragma once

#include <cloacinamodels/console/triggerbackend.h>

#include <cloacina/error.h>

#include <QObject>

#include <optional>

namespace Cloacina {

//! The selected schedule of the Triggers screen: its recent fires (`get_trigger`), its declared
//! interface (`get_trigger_interface`, what the Fire form is built from), the named instances of
//! its workflow (`list_instances`), and the actions: pause, resume, fire, create and delete an
//! instance. Each action ends with actionFinished(); a failed one keeps what is shown.
//!
//! Threading: the GUI thread only.
class TriggerInspector : public QObject {
    Q_OBJECT
    //! The schedule shown (a trigger name, or a workflow name for cron).
    Q_PROPERTY(QString name READ name NOTIFY targetChanged)
    //! The workflow the schedule starts.
    Q_PROPERTY(QString workflowName READ workflowName NOTIFY targetChanged)
    //! True while an action waits for the server.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    //! Shows nothing until a backend is set and a schedule inspected.
    explicit TriggerInspector(QObject* parent = nullptr);

    //! Calls through \a backend from now on and forgets the schedule shown.
    void setBackend(const TriggerBackend& backend);

    //! Shows schedule \a name (a trigger name, or a workflow name for cron) of \a workflowName;
    //! empty clears. Fetches its detail, interface and instances.
    Q_INVOKABLE void inspect(const QString& name, const QString& workflowName);
    //! Fetches everything again.
    Q_INVOKABLE void reload();

    //! The schedule shown; empty when none.
    QString name() const { return m_name; }
    //! The workflow the schedule starts.
    QString workflowName() const { return m_workflow; }
    //! True once the detail arrived.
    bool hasDetail() const { return m_detail.has_value(); }
    //! The detail (schedule and recent fires); empty before it arrived.
    TriggerDetailResponse detail() const { return m_detail.value_or(TriggerDetailResponse()); }
    //! Why the detail could not be read; kind None when it could.
    Error detailError() const { return m_detailError; }
    //! True once the interface arrived.
    bool hasInterface() const { return m_interface.has_value(); }
    //! The slots the Fire form asks for (empty: the trigger fires without an event).
    QList<InputSlot> interfaceSlots() const;
    //! Why the interface could not be read; kind None when it could.
    Error interfaceError() const { return m_interfaceError; }
    //! The named instances of the workflow shown.
    const QList<WorkflowInstanceSummary>& instances() const { return m_instances; }
    //! Why the instances could not be read; kind None when they could.
    Error instancesError() const { return m_instancesError; }
    //! True while an action waits for the server.
    bool isBusy() const { return m_busy; }
    //! True while the schedule shown does not fire.
    bool isPaused() const;

    //! Pauses (\a pause true) or resumes the schedule shown.
    Q_INVOKABLE void setPaused(bool pause);
    //! Fires the trigger shown with \a event (none: no event); fired() lists the runs.
    void fire(const std::optional<QJsonValue>& event);
    //! Creates a named instance of the workflow shown.
    void createInstance(const CreateInstanceRequest& request);
    //! Deletes instance \a instanceName of the workflow shown.
    Q_INVOKABLE void deleteInstance(const QString& instanceName);

Q_SIGNALS:
    //! The schedule shown changed.
    void targetChanged();
    //! The detail or its error changed.
    void detailChanged();
    //! The interface or its error changed.
    void interfaceChanged();
    //! The instances or their error changed.
    void instancesChanged();
    //! busy changed.
    void busyChanged();
    //! An action ended: \a operationId (e.g. "fire_trigger"), and why it failed when \a error is set.
    void actionFinished(const QString& operationId, const Cloacina::Error& error);
    //! A fire started runs \a executionIds.
    void fired(const QStringList& executionIds);

private:
    template <typename T>
    void runAction(const QString& operationId, QFuture<Result<T>> future, std::function<void(const T&)> onSuccess);
    void setBusy(bool busy);
    void fetchInstances();
    QString tenant() const;

    TriggerBackend m_backend;
    QString m_name;
    QString m_workflow;
    quint64 m_generation = 0;
    std::optional<TriggerDetailResponse> m_detail;
    Error m_detailError;
    std::optional<DeclaredSurface> m_interface;
    Error m_interfaceError;
    QList<WorkflowInstanceSummary> m_instances;
    Error m_instancesError;
    bool m_busy = false;
};

} // namespace Cloacina

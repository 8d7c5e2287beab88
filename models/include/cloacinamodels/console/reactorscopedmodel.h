#pragma once

#include <cloacinamodels/console/graphconsolemodel.h>

namespace Cloacina {

//! A graph list about one reactor (its fires, its fire series): the `reactor` it lists.
class ReactorScopedModel : public GraphConsoleModel {
    Q_OBJECT
    //! The reactor listed; empty lists nothing.
    Q_PROPERTY(QString reactor READ reactor WRITE setReactor NOTIFY reactorChanged)
public:
    //! The constructors of the base.
    using GraphConsoleModel::GraphConsoleModel;

    //! The reactor listed; empty when none.
    QString reactor() const { return m_reactor; }
    //! Lists \a reactor from now on: forgets the rows, the error and the refresh time of the
    //! previous one, and refreshes.
    void setReactor(const QString& reactor);

Q_SIGNALS:
    //! reactor() changed.
    void reactorChanged();

private:
    QString m_reactor;
};

} // namespace Cloacina

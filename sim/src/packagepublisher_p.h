// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace CloacinaSim {

class Store;

//! A team's CI publishing new versions of the `fraud-rules` package every 3–6 minutes while the
//! workload runs, so the compiler queue moves (`WorkflowRegistryImpl::register_workflow`, the
//! compiler's claim and build). Under the failure share a version does not compile.
class PackagePublisher {
public:
    PackagePublisher(QObject& context, Store& store, int buildStepMs, double failureShare, quint32 seed);

    //! Publishes the next version if it is due.
    void step(const QDateTime& now);
    //! Lets \a ms pass: the next publication moves that much earlier.
    void fastForward(qint64 ms);

private:
    void publish();

    QObject& m_context;
    Store& m_store;
    int m_buildStepMs;
    double m_failureShare;
    QRandomGenerator m_rng;
    std::optional<QDateTime> m_next;
    int m_published = 0;
};

} // namespace CloacinaSim

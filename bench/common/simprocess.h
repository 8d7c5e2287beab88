// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

//! \file simprocess.h
//! The simulator as a separate process for benchmarks, so that its CPU never counts as the
//! client's, driven through its `/_sim/` control routes with blocking HTTP calls that never
//! spin the client's event loop (a barrier: nothing the client owns runs meanwhile).

namespace CloacinaBench {

//! One `cloacina-sim` process on a free port; killed when destroyed.
class SimProcess {
public:
    //! Starts the program (\a program empty: the one built with the benchmarks) with \a arguments
    //! and waits until it prints its URL. Check ok() afterwards.
    explicit SimProcess(const QStringList& arguments = {}, const QString& program = {});
    ~SimProcess();
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    //! The `--sim PATH` option every benchmark takes (the program to run).
    static QCommandLineOption programOption();

    //! True once the simulator listens.
    bool ok() const { return m_url.isValid() && !m_url.isEmpty(); }
    //! ok(); when false, prints "<bench>: <why>" to stderr.
    bool check(const char* bench) const;
    QUrl url() const { return m_url; }
    QString adminKey() const { return QStringLiteral("bench-admin-key"); }
    qint64 pid() const { return m_process.processId(); }

    //! A blocking request to the simulator (admin key); the JSON body of the answer, or an
    //! object with "error" when the call failed.
    QJsonObject call(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    //! `count` executions with `status`, oldest first.
    QStringList createExecutions(int count, const QString& status);
    //! Appends count events to the execution's history (and outbox unless push-less).
    void burst(const QString& executionId, int count);
    //! The simulator's counters (`GET /_sim/stats`).
    QJsonObject stats() { return call("GET", QStringLiteral("/_sim/stats")); }
    //! Blocks, without running any event loop, until the simulator has written at least
    //! \a pushes push frames in total (every one queued on its sockets) or \a timeoutMs passed.
    bool waitPushesSent(qint64 pushes, int timeoutMs = 600000);
    //! CPU seconds the simulator process used so far (from /proc).
    double cpuSeconds() const;

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace CloacinaBench

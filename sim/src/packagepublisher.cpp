// SPDX-License-Identifier: Apache-2.0
// New package versions arrive now and then, as from a CI pipeline, and go through the build queue.
#include "packagepublisher_p.h"

#include "packageregistry_p.h"

namespace CloacinaSim {

PackagePublisher::PackagePublisher(
    QObject& context, Store& store, int buildStepMs, double failureShare, quint32 seed)
    : m_context(context)
    , m_store(store)
    , m_buildStepMs(buildStepMs)
    , m_failureShare(failureShare)
    , m_rng(seed ^ 0x9ab11e5u)
{
}

void PackagePublisher::fastForward(qint64 ms)
{
    m_next = m_next.value_or(QDateTime::currentDateTimeUtc().addSecs(120)).addMSecs(-ms);
}

void PackagePublisher::step(const QDateTime& now)
{
    if (!m_next)
        m_next = now.addSecs(120); // the first version two minutes in
    if (*m_next > now)
        return;
    m_next = now.addSecs(180 + qint64(m_rng.bounded(180u)));
    publish();
}

void PackagePublisher::publish()
{
    ++m_published;
    SourcePackage p;
    p.name = QStringLiteral("fraud-rules");
    p.version = QStringLiteral("0.9.%1").arg(m_published);
    p.workflowName = QStringLiteral("fraud_rules");
    p.description = QStringLiteral("Rule-based fraud pre-filter");
    p.language = QStringLiteral("rust");
    // A broken version refers to a task it does not declare: the compiler fails it.
    const bool broken = m_rng.generateDouble() < m_failureShare;
    const QVector<TaskNode> tasks {
        TaskNode { QStringLiteral("load_rules"), {}, QStringLiteral("Load the rule set"), {}, {} },
        TaskNode { QStringLiteral("evaluate"), { QStringLiteral("load_rules") },
            QStringLiteral("Evaluate the rules on the day's transactions"), {}, {} },
        TaskNode { QStringLiteral("flag"), { broken ? QStringLiteral("score") : QStringLiteral("evaluate") },
            QStringLiteral("Flag the matches for review"), {}, {} },
    };
    p.files = Store::rustSources(p.name, p.workflowName, p.version, p.description, tasks);
    // The content hash stands for the archive's: same sources, same package.
    QByteArray archive;
    for (const SourceFile& f : std::as_const(p.files))
        archive += f.path.toUtf8() + '\0' + f.contents.toUtf8() + '\0';
    registerPackage(m_context, m_store, m_buildStepMs, QStringLiteral("public"), p, archive);
}

} // namespace CloacinaSim

#pragma once

// Private: shares the QStrings a followed run repeats on every pushed event.

#include "cleanhash_p.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string_view>

namespace Cloacina::StreamDetail {

//! UTF-8 text mapped to a QString and what is worth knowing about it, decoded once: later
//! lookups of the same bytes share the stored QString instead of allocating a new one. Holds at
//! most \a limit entries; text beyond that is decoded every time (a run names few types and
//! tasks, a hostile server cannot grow it without bound).
template <typename Extra = bool>
class InternedStrings {
public:
    struct Entry {
        QString text;
        Extra extra {};
    };

    explicit InternedStrings(qsizetype limit)
        : m_limit(limit)
    {
    }

    //! The entry of \a utf8; \a describe(const QString&) gives Extra for text seen first.
    template <typename Describe>
    Entry get(std::string_view utf8, Describe describe)
    {
        // A key over the caller's bytes, not copied: only stored keys own their bytes.
        const Key probe { QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size())) };
        const auto it = m_entries.constFind(probe);
        if (it != m_entries.constEnd())
            return *it;
        Entry entry;
        entry.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        entry.extra = describe(entry.text);
        if (m_entries.size() < m_limit)
            m_entries.insert(Key { QByteArray(utf8.data(), qsizetype(utf8.size())) }, entry);
        return entry;
    }

    //! The QString of \a utf8.
    QString get(std::string_view utf8)
    {
        return get(utf8, [](const QString&) { return Extra {}; }).text;
    }

    qsizetype size() const { return m_entries.size(); }

private:
    using Key = Internal::CleanKey<QByteArray>;
    QHash<Key, Entry> m_entries;
    qsizetype m_limit;
};

} // namespace Cloacina::StreamDetail

#pragma once

// Private: shares the QStrings a followed run repeats on every pushed event.

#include "cleanhash_p.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace Cloacina::StreamDetail {

//! UTF-8 text mapped to a QString and what is worth knowing about it, decoded once: later
//! lookups of the same bytes share the stored QString instead of allocating a new one. Holds at
//! most \a limit entries of at most maxLength bytes; other text is decoded every time (a run
//! names few types and tasks, with short names: a hostile server cannot grow it without bound).
template <typename Extra = bool>
class InternedStrings {
public:
    struct Entry {
        QString text;
        Extra extra {};
    };
    //! The longest text kept, in UTF-8 bytes (ids are 36, qualified task names rarely 100).
    static constexpr qsizetype maxLength = 256;

    explicit InternedStrings(qsizetype limit)
        : m_limit(limit)
    {
    }

    //! The entry of \a utf8; \a describe(const QString&) gives Extra for text seen first.
    template <typename Describe>
    const Entry& get(std::string_view utf8, Describe describe)
    {
        // The few strings a run alternates between are found without hashing.
        const QByteArrayView bytes(utf8.data(), qsizetype(utf8.size()));
        for (const Recent& r : m_recent) {
            if (r.entry && QByteArrayView(r.key->text) == bytes)
                return *r.entry;
        }
        // A key over the caller's bytes, not copied: only stored keys own their bytes.
        const Key probe { QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size())) };
        auto it = m_entries.find(probe);
        if (it == m_entries.end()) {
            Entry entry;
            entry.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
            entry.extra = describe(entry.text);
            if (m_entries.size() >= m_limit || bytes.size() > maxLength) {
                m_overflow = entry;
                return m_overflow;
            }
            // An insert may move any node (a span's storage grows): forget them all.
            std::fill(std::begin(m_recent), std::end(m_recent), Recent());
            it = m_entries.insert(Key { QByteArray(utf8.data(), qsizetype(utf8.size())) }, entry);
        }
        Recent& slot = m_recent[m_nextRecent++ % recentCount];
        slot.key = &it.key();
        slot.entry = &it.value();
        return it.value();
    }

    //! The QString of \a utf8.
    QString get(std::string_view utf8)
    {
        return get(utf8, [](const QString&) { return Extra {}; }).text;
    }

    qsizetype size() const { return m_entries.size(); }

private:
    using Key = Internal::CleanKey<QByteArray>;
    struct Recent {
        const Key* key = nullptr;
        const Entry* entry = nullptr;
    };
    static constexpr int recentCount = 4;

    QHash<Key, Entry> m_entries;
    qsizetype m_limit;
    Entry m_overflow; // the last entry that did not fit
    Recent m_recent[recentCount];
    unsigned m_nextRecent = 0;
};

} // namespace Cloacina::StreamDetail

#include "idset_p.h"

#include <QHash>

#include <cstring>

namespace Cloacina::Internal {

namespace {

    // The smallest table (a power of two) that keeps \a ids at most half full.
    std::size_t slotsFor(std::size_t ids)
    {
        std::size_t count = 64;
        while (count < 2 * ids)
            count *= 2;
        return count;
    }

    bool isLatin1(QStringView id)
    {
        char16_t bits = 0;
        for (const QChar c : id)
            bits |= c.unicode();
        return bits < 0x100;
    }

} // namespace

std::uint64_t IdSet::defaultHash(QStringView id)
{
    return std::uint64_t(qHash(id, QHashSeed::globalSeed()));
}

bool IdSet::equals(std::int64_t index, QStringView id) const
{
    const std::size_t at = std::size_t(index);
    const std::size_t start = std::size_t(m_entries[at] >> 1);
    const std::size_t end = at + 1 < m_entries.size() ? std::size_t(m_entries[at + 1] >> 1) : m_text.size();
    const char* text = m_text.data() + start;
    if (m_entries[at] & 1) {
        const qsizetype length = qsizetype((end - start) / sizeof(char16_t));
        return length == id.size() && std::memcmp(text, id.data(), (end - start)) == 0;
    }
    return QLatin1String(text, qsizetype(end - start)) == id;
}

std::size_t IdSet::find(std::uint64_t hash, QStringView id) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.index < 0 || (slot.hash == hash && equals(slot.index, id)))
            return i;
    }
}

bool IdSet::contains(QStringView id, std::uint64_t hash) const
{
    if (m_slots.empty())
        return false;
    return m_slots[find(hash, id)].index >= 0;
}

bool IdSet::insert(QStringView id, std::uint64_t hash)
{
    reserve(1);
    Slot& slot = m_slots[find(hash, id)];
    if (slot.index >= 0)
        return false;
    slot.hash = hash;
    slot.index = std::int64_t(m_entries.size());
    append(id);
    return true;
}

void IdSet::append(QStringView id)
{
    const std::size_t start = m_text.size();
    if (isLatin1(id)) {
        m_entries.push_back(Entry(start) << 1);
        m_text.resize(start + std::size_t(id.size()));
        char* out = m_text.data() + start;
        for (const QChar c : id)
            *out++ = char(c.unicode());
    } else {
        m_entries.push_back((Entry(start) << 1) | 1);
        const std::size_t bytes = std::size_t(id.size()) * sizeof(char16_t);
        m_text.resize(start + bytes);
        std::memcpy(m_text.data() + start, id.data(), bytes);
    }
}

void IdSet::reserve(qsizetype more)
{
    const std::size_t wanted = m_entries.size() + std::size_t(qMax<qsizetype>(0, more));
    if (2 * wanted > m_slots.size())
        rehash(slotsFor(wanted));
}

void IdSet::clear()
{
    m_text.clear();
    m_entries.clear();
    m_slots.clear();
}

void IdSet::rehash(std::size_t slotCount)
{
    std::vector<Slot> old(slotCount);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.index < 0)
            continue;
        std::size_t i = std::size_t(slot.hash) & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace Cloacina::Internal

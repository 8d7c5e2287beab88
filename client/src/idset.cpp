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

    // Writes \a id to \a out one byte per character; false (and \a out garbage) if a character
    // is beyond Latin-1. Four characters per step on little-endian machines.
    bool narrowToLatin1(QStringView id, char* out)
    {
        const char16_t* in = id.utf16();
        const qsizetype size = id.size();
        std::uint64_t high = 0;
        qsizetype i = 0;
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            for (; i + 4 <= size; i += 4) {
                std::uint64_t units;
                std::memcpy(&units, in + i, sizeof units);
                high |= units & 0xFF00FF00FF00FF00u;
                const std::uint32_t bytes = std::uint32_t((units & 0xFF) | ((units >> 8) & 0xFF00)
                    | ((units >> 16) & 0xFF0000) | ((units >> 24) & 0xFF000000));
                std::memcpy(out + i, &bytes, sizeof bytes);
            }
        }
        for (; i < size; ++i) {
            high |= in[i] & 0xFF00u;
            out[i] = char(in[i]);
        }
        return high == 0;
    }

} // namespace

std::uint64_t IdSet::defaultHash(QStringView id)
{
    return std::uint64_t(qHash(id, QHashSeed::globalSeed()));
}

bool IdSet::equals(std::int64_t index, QStringView id) const
{
    const std::size_t at = std::size_t(index);
    const qsizetype start = qsizetype(m_entries[at] >> 1);
    const qsizetype end = at + 1 < m_entries.size() ? qsizetype(m_entries[at + 1] >> 1) : m_text.size();
    const char* text = m_text.constData() + start;
    if (m_entries[at] & 1)
        return id.size() * qsizetype(sizeof(char16_t)) == end - start && std::memcmp(text, id.utf16(), std::size_t(end - start)) == 0;
    return QLatin1String(text, end - start) == id;
}

std::size_t IdSet::find(std::uint64_t hash, QStringView id) const
{
    for (std::size_t i = std::size_t(hash) & m_mask;; i = (i + 1) & m_mask) {
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
    const qsizetype start = m_text.size();
    m_text.resize(start + id.size());
    if (narrowToLatin1(id, m_text.data() + start)) {
        m_entries.push_back(Entry(start) << 1);
        return;
    }
    const qsizetype bytes = id.size() * qsizetype(sizeof(char16_t));
    m_text.resize(start + bytes);
    std::memcpy(m_text.data() + start, id.utf16(), std::size_t(bytes));
    m_entries.push_back((Entry(start) << 1) | 1);
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
    m_mask = 0;
}

void IdSet::rehash(std::size_t slotCount)
{
    std::vector<Slot> old(slotCount);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.index < 0)
            continue;
        std::size_t i = std::size_t(slot.hash) & m_mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
}

} // namespace Cloacina::Internal

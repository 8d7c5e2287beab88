#include "stream_pushscanner_p.h"

#include <cloacina/deliverysubscription.h>

#include <cstring>

namespace Cloacina::StreamDetail {

namespace {
    class Cursor {
    public:
        explicit Cursor(QStringView text)
            : m_at(text.utf16())
            , m_end(m_at + text.size())
        {
        }

        bool take(char16_t c)
        {
            skipSpace();
            if (m_at == m_end || *m_at != c)
                return false;
            ++m_at;
            return true;
        }

        //! A string without escapes, control characters or surrogates (those go to the full
        //! decoder); \a out excludes the quotes.
        bool plainString(QStringView& out)
        {
            if (!rawString(out))
                return false;
            // Checked after the run is found (not char by char while searching): the loop has no
            // early exit, so the compiler vectorises it.
            unsigned bad = 0;
            const char16_t* text = out.utf16();
            for (qsizetype i = 0; i < out.size(); ++i) {
                const unsigned c = text[i];
                bad |= unsigned(c == u'\\') | unsigned(c < 0x20) | unsigned(c - 0xD800 < 0x800);
            }
            return bad == 0;
        }

        //! A string's characters up to the next quote, unchecked (found with Qt's vectorised
        //! search): only for a value whose every character the caller validates, which must
        //! refuse a backslash (an escaped quote ends the run early).
        bool rawString(QStringView& out)
        {
            if (!take(u'"'))
                return false;
            const QStringView rest(m_at, m_end - m_at);
            const qsizetype quote = rest.indexOf(u'"');
            if (quote < 0)
                return false;
            out = rest.first(quote);
            m_at += quote + 1;
            return true;
        }

        //! A non-negative JSON integer of at most 18 digits (so it cannot overflow).
        bool integer(qint64& out)
        {
            skipSpace();
            const char16_t* start = m_at;
            quint64 value = 0;
            for (; m_at != m_end && *m_at >= u'0' && *m_at <= u'9'; ++m_at)
                value = value * 10 + quint64(*m_at - u'0');
            const auto digits = m_at - start;
            if (digits == 0 || digits > 18 || (digits > 1 && *start == u'0'))
                return false; // none, too many, or a leading zero (not JSON)
            if (m_at != m_end && (*m_at == u'.' || *m_at == u'e' || *m_at == u'E'))
                return false; // a fraction or an exponent: the full decoder decides
            out = qint64(value);
            return true;
        }

        bool null()
        {
            skipSpace();
            if (m_end - m_at < 4 || m_at[0] != u'n' || m_at[1] != u'u' || m_at[2] != u'l' || m_at[3] != u'l')
                return false;
            m_at += 4;
            return true;
        }

        bool atEnd()
        {
            skipSpace();
            return m_at == m_end;
        }

    private:
        void skipSpace()
        {
            while (m_at != m_end && (*m_at == u' ' || *m_at == u'\n' || *m_at == u'\r' || *m_at == u'\t'))
                ++m_at;
        }

        const char16_t* m_at;
        const char16_t* m_end;
    };

    // One bit per envelope member, to see each exactly once.
    constexpr unsigned scannedType = 1, scannedVersion = 2, scannedId = 4, scannedKind = 8, scannedRecipient = 16,
                       scannedTenant = 32, scannedPayload = 64, scannedEvery = 127;

    bool sameText(QStringView text, QStringView literal)
    {
        return text.size() == literal.size()
            && std::memcmp(text.utf16(), literal.utf16(), size_t(text.size()) * sizeof(char16_t)) == 0;
    }

    //! Reads the value of the member named \a key; 0 when the key or its value is not one the
    //! scanner takes.
    unsigned readMember(Cursor& in, QStringView key, ScannedPush& out)
    {
        static constexpr QStringView typeKey = u"type", versionKey = u"protocol_version", idKey = u"id",
                                     kindKey = u"kind", recipientKey = u"recipient", tenantKey = u"tenant_id",
                                     payloadKey = u"payload_b64", pushType = u"push";
        QStringView text;
        qint64 number = 0;
        if (sameText(key, typeKey))
            return in.rawString(text) && sameText(text, pushType) ? scannedType : 0;
        if (sameText(key, versionKey))
            return in.integer(number) && number == DeliverySubscription::protocolVersion ? scannedVersion : 0;
        if (sameText(key, idKey))
            return in.integer(out.id) ? scannedId : 0;
        if (sameText(key, kindKey))
            return in.plainString(out.kind) ? scannedKind : 0;
        if (sameText(key, recipientKey))
            return in.plainString(out.recipient) ? scannedRecipient : 0;
        if (sameText(key, tenantKey)) {
            out.tenantIsNull = in.null();
            return out.tenantIsNull || in.plainString(out.tenantId) ? scannedTenant : 0;
        }
        if (sameText(key, payloadKey))
            return in.rawString(out.payloadBase64) ? scannedPayload : 0; // base64 decoding checks it
        return 0;
    }
} // namespace

bool scanPushFrame(QStringView text, ScannedPush& out)
{
    Cursor in(text);
    if (!in.take(u'{'))
        return false;
    unsigned seen = 0;
    do {
        QStringView key;
        // Unchecked: a key that is not exactly one of the envelope's sends the frame elsewhere.
        if (!in.rawString(key) || !in.take(u':'))
            return false;
        const unsigned member = readMember(in, key, out);
        if (member == 0 || (seen & member) != 0)
            return false;
        seen |= member;
    } while (in.take(u','));
    return in.take(u'}') && in.atEnd() && seen == scannedEvery;
}

} // namespace Cloacina::StreamDetail

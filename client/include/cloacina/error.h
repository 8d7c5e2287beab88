#pragma once

#include <cloacina/cloacina_export.h>

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Cloacina {

//! The one error value of the SDK: every failed call, stream or decode settles with one.
//!
//! A default-constructed Error is the "no error" value: kind None, isError() false. Getters such
//! as `lastError()` return it until something fails, so `if (client->lastError().isError())`
//! reads as it should. Every Error the SDK reports for a failure has another kind.
//!
//! Plain value type; cheap to copy; safe to pass across queued connections (registered
//! metatype). It never contains the API key: the transport strips credentials before an
//! Error is built.
class CLOACINA_EXPORT Error {
    Q_GADGET
    //! What went wrong; see Kind.
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString requestId MEMBER requestId)
    Q_PROPERTY(QString operationId MEMBER operationId)
    //! isTransient(), for QML.
    Q_PROPERTY(bool transient READ isTransient)
    //! toString(), for QML.
    Q_PROPERTY(QString text READ toString)
    //! isError(), for QML: false for the "no error" value.
    Q_PROPERTY(bool isError READ isError)

public:
    //! What went wrong, from the caller's point of view.
    enum class Kind {
        Network, //!< No HTTP answer: refused, reset, DNS, TLS handshake, dropped socket.
        Timeout, //!< No (complete) answer within the configured timeout.
        Canceled, //!< The caller (or the client's destruction) canceled the call.
        Http, //!< A non-2xx answer without the server's error body (e.g. a proxy's 502 page).
        Api, //!< A non-2xx answer with the server's `{"error","code"}` body.
        Decode, //!< An answer that does not match the contract (including a bad 2xx body).
        Protocol, //!< A WebSocket protocol violation or mismatch (e.g. close 4426 / 4400).
        //! No error: the default-constructed value (last so the other kinds keep their numbers).
        None,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None; //!< What went wrong; None for the "no error" value.
    int httpStatus = 0; //!< 0 when no HTTP response arrived.
    QString code; //!< The server's machine-readable code (`workflow_not_found`, …), if any.
    QString message; //!< Human-readable text.
    QString requestId; //!< The `x-request-id` of the response: the link to the server's logs.
    QString operationId; //!< OpenAPI operationId (or a stream name) of the failed call.
    QByteArray bodySample; //!< The first few KiB of the response body, for diagnostics.

    //! Largest body sample kept, in bytes.
    static constexpr int maxBodySample = 4096;

    //! False for the "no error" value (kind None), true for every reported failure.
    Q_INVOKABLE bool isError() const { return kind != Kind::None; }

    //! True when retrying the same request later may succeed (network, timeout, 408, 429,
    //! 5xx except 501). Drives retries and reconnects.
    Q_INVOKABLE bool isTransient() const;

    //! One line for logs and status bars: kind, status, code, message and request id ("no error"
    //! for the "no error" value).
    Q_INVOKABLE QString toString() const;

    //! Builds an error of \a kind with \a message.
    static Error make(Kind kind, QString message, QString operationId = {});
    //! A cancellation of \a operationId.
    static Error canceled(QString operationId = {});
    //! Truncates \a body to maxBodySample bytes.
    static QByteArray sampleOf(const QByteArray& body);

    friend CLOACINA_EXPORT bool operator==(const Error& a, const Error& b);
    friend bool operator!=(const Error& a, const Error& b) { return !(a == b); }
};

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::Error)

#pragma once
// Assertions for checks: each ends the check (fail + return) with a message that says what the
// server answered. Checks are `void(Context& ctx)` functions.
#include <cloacinaconformance/context.h>

#include <cloacina/result.h>

#include <QString>
#include <QVariant>

namespace Cloacina::Conformance::Detail {

template <typename T>
QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("success") : r.error().toString();
}

//! Empty when \a r is an error with \a status (and \a code, when given); else what differs.
template <typename T>
QString errorMismatch(const Result<T>& r, int status, const char* code = nullptr)
{
    if (r.ok())
        return QStringLiteral("expected HTTP %1%2, got success")
            .arg(status)
            .arg(code ? QStringLiteral(" %1").arg(QLatin1String(code)) : QString());
    const Error& e = r.error();
    if (e.httpStatus != status)
        return QStringLiteral("expected HTTP %1, got %2").arg(status).arg(e.toString());
    if (e.requestId.isEmpty())
        return QStringLiteral("HTTP %1 without an x-request-id").arg(status);
    if (code && (e.kind != Error::Kind::Api || e.code != QLatin1String(code)))
        return QStringLiteral("expected code %1, got %2").arg(QLatin1String(code), e.toString());
    return {};
}

} // namespace Cloacina::Conformance::Detail

//! Ends the check as failed with \a message unless \a cond holds.
#define CONFORM_VERIFY(cond, message) \
    do {                              \
        if (!(cond))                  \
            return ctx.fail(message); \
    } while (false)

//! Ends the check as failed unless \a r succeeded.
#define CONFORM_OK(r)                                                      \
    do {                                                                   \
        if (!(r).ok())                                                     \
            return ctx.fail(::Cloacina::Conformance::Detail::describe(r)); \
    } while (false)

//! Ends the check as failed unless \a r is an HTTP \a status error with an x-request-id.
#define CONFORM_STATUS(r, status)                                                            \
    do {                                                                                     \
        const QString mismatch_ = ::Cloacina::Conformance::Detail::errorMismatch(r, status); \
        if (!mismatch_.isEmpty())                                                            \
            return ctx.fail(mismatch_);                                                      \
    } while (false)

//! Ends the check as failed unless \a r is the server's `{"error","code"}` answer \a status
//! with \a apiCode.
#define CONFORM_API(r, status, apiCode)                                                               \
    do {                                                                                              \
        const QString mismatch_ = ::Cloacina::Conformance::Detail::errorMismatch(r, status, apiCode); \
        if (!mismatch_.isEmpty())                                                                     \
            return ctx.fail(mismatch_);                                                               \
    } while (false)

//! Ends the check as failed unless \a actual equals \a expected.
#define CONFORM_EQ(actual, expected)                                           \
    do {                                                                       \
        const auto actual_ = (actual);                                         \
        const auto expected_ = (expected);                                     \
        if (!(actual_ == expected_))                                           \
            return ctx.fail(QStringLiteral("%1: expected %2, got %3")          \
                                .arg(QStringLiteral(#actual),                  \
                                    QVariant::fromValue(expected_).toString(), \
                                    QVariant::fromValue(actual_).toString())); \
    } while (false)

#pragma once

#include <cloacina/error.h>

#include <utility>
#include <variant>

namespace Cloacina {

//! Holds either a value of T or an Error. Every SDK call settles with one.
//!
//! \code
//! whenReady(client->getExecution(id), this, [](const Result<ExecutionDetail>& r) {
//!     if (!r) return showError(r.error());
//!     show(r.value());
//! });
//! \endcode
template <typename T>
class Result {
public:
    //! A success holding \a value.
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    //! A failure holding \a error.
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    //! True on success.
    bool ok() const { return m_data.index() == 0; }
    //! True on success.
    explicit operator bool() const { return ok(); }

    //! The value; only valid when ok().
    const T& value() const& { return std::get<0>(m_data); }
    //! The value; only valid when ok().
    T& value() & { return std::get<0>(m_data); }
    //! Moves the value out; only valid when ok().
    T&& value() && { return std::get<0>(std::move(m_data)); }
    //! The value, or \a fallback on failure.
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    //! The error; only valid when !ok().
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

//! A result without a value: success, or an Error.
template <>
class Result<void> {
public:
    //! A success.
    Result() = default;
    //! A failure holding \a error.
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    //! True on success.
    bool ok() const { return m_ok; }
    //! True on success.
    explicit operator bool() const { return m_ok; }
    //! The error; only valid when !ok().
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Cloacina

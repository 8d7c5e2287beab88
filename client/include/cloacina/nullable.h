#pragma once

#include <optional>
#include <utility>

namespace Cloacina {

//! A value that may be JSON `null`, for OpenAPI 3.1 `type: [T, "null"]`.
//!
//! Distinct from absence: a field that may be missing is `std::optional<…>`, a field that
//! may be null is `Nullable<…>`, and a field that may be both is
//! `std::optional<Nullable<…>>`. Default-constructed, a Nullable is null.
template <typename T>
class Nullable {
public:
    //! A null value.
    Nullable() = default;
    //! A non-null value.
    Nullable(T value)
        : m_value(std::move(value))
    {
    }

    //! True when the JSON value was `null`.
    bool isNull() const { return !m_value.has_value(); }
    //! The value; only valid when !isNull().
    const T& value() const { return *m_value; }
    //! The value; only valid when !isNull().
    T& value() { return *m_value; }
    //! The value, or \a fallback when null.
    T valueOr(T fallback) const { return m_value.value_or(std::move(fallback)); }

    friend bool operator==(const Nullable& a, const Nullable& b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Nullable& a, const Nullable& b) { return !(a == b); }

private:
    std::optional<T> m_value;
};

} // namespace Cloacina

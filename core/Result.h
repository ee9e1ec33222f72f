#pragma once

#include "Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace groove {

// Value or Error, like std::expected (not available in our C++20 toolchain).
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(const T &value) : m_v(std::in_place_index<0>, value) { }
    Result(T &&value) : m_v(std::in_place_index<0>, std::move(value)) { }
    Result(const Error &error) : m_v(std::in_place_index<1>, error) { }
    Result(Error &&error) : m_v(std::in_place_index<1>, std::move(error)) { }

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_v); }
    [[nodiscard]] T &value() & { return std::get<0>(m_v); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_v); }
    [[nodiscard]] T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

// Result of an operation that yields nothing but can fail.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    Status(const Error &error) : m_error(error), m_failed(true) { }
    Status(Error &&error) : m_error(std::move(error)), m_failed(true) { }
    template<typename T>
    Status(const Result<T> &r) : m_failed(!r.ok())
    {
        if (!r.ok())
            m_error = r.error();
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace groove

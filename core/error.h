#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Fehrist::Core {

/// An error that crosses a layer: a stable machine code, a sentence for people, and where it happened
/// (a field name, "file:line:column", a record's DEPT/CODE). Callers show `message` and `where`; they
/// switch on `code`.
struct Error
{
    QString code;
    QString message;
    QString where;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// The value of a Result that yields nothing but may fail (Status).
struct Ok
{
};

/// A value or an Error, in the spirit of std::expected (C++23), which our C++20 toolchains lack.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // On a temporary, hand out the value itself so that `for (x : *store.list())` cannot dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    // Careful on a temporary: `f()->x` is fine within one expression, but `for (y : f()->list)`
    // iterates a destroyed value; keep the Result in a variable first.
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    /// Success or the error, the value left behind.
    Result<Ok> status() const
    {
        if (ok())
            return Ok {};
        return error();
    }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
using Status = Result<Ok>;

inline Status success()
{
    return Ok {};
}

} // namespace Fehrist::Core

// The one error model (docs/ARCHITECTURE.md, "Errors"): utilities return
// Expected<T>; anything fatal is thrown as Error and caught once in main(),
// which prints `holymigrate: error: <what>` and exits 2.
#pragma once

#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace holymigrate {

// A fatal, user-facing error. what() is one line naming the file (and line)
// and what to do.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Minimal expected<T, std::string>: g++ 12 has no std::expected.
template <typename T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  static Expected failure(std::string message) { return Expected(Fail{std::move(message)}); }
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T* operator->() { return &value(); }
  const std::string& error() const { return std::get<1>(v_).message; }

 private:
  struct Fail {
    std::string message;
  };
  explicit Expected(Fail f) : v_(std::move(f)) {}
  std::variant<T, Fail> v_;
};

struct Unit {};
using Status = Expected<Unit>;
inline Status success() { return Status(Unit{}); }

// Joins errors into the text of one Error, one per line ("file:line:col: ...").
std::string join_errors(const std::vector<std::string>& errors);

}  // namespace holymigrate

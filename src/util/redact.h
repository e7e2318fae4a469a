// Secrets never reach any output (docs/behaviour.md §5.3): key-like text is cut to its
// first 6 characters and "…". Applied at the output edges only; the
// --patch file and written files hold the exact text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace holymigrate {

// Every key-like span: "sk-" and 20 or more key characters [A-Za-z0-9_-],
// not preceded by a key character; placeholders included (redacting a
// placeholder costs nothing). Which of them are keys is decided by
// engine/kinds/key_shapes.h.
std::vector<std::pair<size_t, size_t>> find_key_like(std::string_view text);

// One key-like span as every output shows it: its first 6 bytes and "…".
std::string redact_key(std::string_view key);

// `text` with every key-like span redacted (each as redact_key() shows it).
std::string redact(std::string_view text);

}  // namespace holymigrate

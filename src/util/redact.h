// Secrets never reach any output (SPEC §5.3): key-like text is cut to its
// first 6 characters and "…". Applied at the output edges only; the
// --patch file and written files hold the exact text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace holymigrate {

// Every key-like span (sk-, sk-proj-, sk-ant- and 20+ key characters),
// placeholders included: redacting a placeholder costs nothing.
std::vector<std::pair<size_t, size_t>> find_key_like(std::string_view text);

// `text` with every key-like span redacted.
std::string redact(std::string_view text);

// True when the key body looks like a placeholder (sk-xxxx…, sk-your-key…).
bool is_placeholder_key(std::string_view key);

}  // namespace holymigrate

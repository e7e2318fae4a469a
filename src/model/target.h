// The migration target: base URL T, key variable K, base-URL variable B and
// the Anthropic base-URL variable A (docs/behaviour.md, names at the top).
// Derived values (root, host) are computed, never stored twice.
#pragma once

#include <string>
#include <string_view>

#include "util/error.h"

namespace holymigrate {

struct Target {
  std::string url = "https://api.holysheep.ai/v1";
  std::string key_env = "HOLYSHEEP_API_KEY";
  std::string base_env = "HOLYSHEEP_BASE_URL";
  // A: read by Anthropic clients, whose SDKs append "/v1" themselves, so its
  // value is root(), not url; it cannot share B (docs/behaviour.md §4.1).
  std::string anthropic_base_env = "HOLYSHEEP_ANTHROPIC_BASE_URL";

  // T with a trailing "/v1" removed ("https://api.holysheep.ai").
  std::string root() const;
  // "api.holysheep.ai" (with ":port" when T has one).
  std::string host() const;
  // "https" or "http".
  std::string scheme() const;
  // T with its scheme replaced (used for wss:// endpoints).
  std::string url_with_scheme(const std::string& scheme) const;
};

// `--to` / `to`: an absolute http(s) URL with a host and no query or
// fragment. The message quotes the value and shows a valid one.
Status check_target_url(std::string_view url);
// The URL with trailing '/' removed, so "${to}/chat" never holds "//".
std::string normalize_target_url(std::string url);
// `--key-env`, `--base-env`, `--anthropic-base-env`, `[env]` names: [A-Za-z_][A-Za-z0-9_]*.
Status check_env_name(std::string_view name);
// "${to}", "${root}", "${key_env}", "${base_env}", "${anthropic_base_env}",
// "${host}" in `text` -> the target's values (rule files and messages,
// docs/behaviour.md §9).
std::string expand_target(std::string text, const Target& target);

}  // namespace holymigrate

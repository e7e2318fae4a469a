// Raw HTTP calls to a provider-specific API (docs/behaviour.md §5.4): a URL
// of Anthropic's own API (/v1/messages, /v1/complete, /v1/models, batches
// under /v1/messages), or any Anthropic URL in a file that sends Anthropic's
// headers (`anthropic-version`, `x-api-key`). The endpoint rule rewrites the
// URL; this says that the target must serve that API, as the SDK import does.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace holymigrate {

// Byte spans [begin, end) of each such URL in `text`, in order: from its
// scheme (or `//`) to the end of its path.
std::vector<std::pair<size_t, size_t>> anthropic_api_urls(std::string_view text);

}  // namespace holymigrate

// Values configuration files give an SDK's options section, which the SDK
// binds before the code's own setup action (docs/behaviour.md §5.2). Today
// one row: betalgo/openai's AddOpenAIService binds the "OpenAIServiceOptions"
// section of ASP.NET's appsettings*.json (OpenAI.SDK/OpenAiOptions.cs
// SettingKey; Extensions/OpenAIServiceCollectionExtensions.cs calls
// BindConfiguration, then the setup action), so a BaseDomain set there is
// overridden by one the setup action sets.
#pragma once

#include <string_view>
#include <vector>

#include "model/facts.h"

namespace holymigrate {

// The settings `text` (the file at `path`, relative) gives: one per key of
// the table found in its section, in file order, with byte offsets only
// (Position fields left for the caller). Empty for a file the table does not
// name, or one that does not parse (appsettings.json may hold comments,
// which YAML does not take: such a file gives nothing).
std::vector<BoundSetting> bound_settings(std::string_view path, std::string_view text);

}  // namespace holymigrate

#include "engine/matcher.h"

#include <fmt/format.h>

#include "util/error.h"
#include "util/redact.h"

namespace holymigrate {

std::string expand_message(const std::string& message, std::string_view matched,
                           const Target& target) {
  std::string text = expand_target(message, target);
  std::string shown = redact(matched);
  for (size_t pos = text.find("{match}"); pos != std::string::npos;
       pos = text.find("{match}", pos + shown.size())) {
    text.replace(pos, 7, shown);
  }
  return text;
}

}  // namespace holymigrate

// --baseline FILE (docs/behaviour.md §5.5): the fingerprints an earlier run's
// report holds, so that findings already known can be hidden.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace holymigrate {

using Baseline = std::unordered_set<std::string>;

// Reads `text`, a report written by `--format json` (files[].findings[]
// .fingerprint) or `--format sarif` (runs[].results[].partialFingerprints
// ["holymigrate/v1"]). `name` is the file as messages name it. Throws Error
// with one line ("FILE: what is wrong; what to do") for anything else.
Baseline parse_baseline(std::string_view text, const std::string& name);

// Reads and parses the file; throws Error when it cannot be read.
Baseline load_baseline(const std::string& file);

}  // namespace holymigrate

#include "report/baseline.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/error.h"

namespace holymigrate {
namespace {

using json = nlohmann::json;

constexpr const char* kSarifKey = "holymigrate/v1";  // report_sarif.cpp writes it
constexpr const char* kHowTo =
    "write one with `holymigrate --format json --output FILE` (or --format sarif)";

[[noreturn]] void bad(const std::string& name, std::string_view what) {
  throw Error(fmt::format("{}: not a usable baseline: {}; {}", name, what, kHowTo));
}

void from_json_report(const json& doc, const std::string& name, Baseline& out) {
  const json& files = doc["files"];
  if (!files.is_array()) bad(name, "\"files\" is not an array");
  for (const json& f : files) {
    if (!f.is_object()) bad(name, "an entry of \"files\" is not an object");
    auto findings = f.find("findings");
    if (findings == f.end()) continue;
    if (!findings->is_array()) bad(name, "\"findings\" is not an array");
    for (const json& x : *findings) {
      auto fp = x.is_object() ? x.find("fingerprint") : x.end();
      if (fp == x.end() || !fp->is_string())
        bad(name, "a finding has no \"fingerprint\" (a report from an older holymigrate?)");
      out.insert(fp->get<std::string>());
    }
  }
}

void from_sarif(const json& doc, const std::string& name, Baseline& out) {
  const json& runs = doc["runs"];
  if (!runs.is_array()) bad(name, "SARIF \"runs\" is not an array");
  for (const json& run : runs) {
    if (!run.is_object() || !run.contains("results")) continue;
    const json& results = run["results"];
    if (!results.is_array()) bad(name, "SARIF \"results\" is not an array");
    for (const json& r : results) {
      if (!r.is_object() || !r.contains("partialFingerprints")) continue;
      const json& fps = r["partialFingerprints"];
      if (fps.is_object() && fps.contains(kSarifKey) && fps[kSarifKey].is_string())
        out.insert(fps[kSarifKey].get<std::string>());
    }
  }
}

}  // namespace

Baseline parse_baseline(std::string_view text, const std::string& name) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) bad(name, "it is not JSON");
  if (!doc.is_object()) bad(name, "it is not a JSON object");
  Baseline out;
  if (doc.contains("runs"))
    from_sarif(doc, name, out);
  else if (doc.contains("files") && doc.contains("version"))
    from_json_report(doc, name, out);
  else
    bad(name, "it is neither a holymigrate JSON report nor SARIF");
  return out;
}

Baseline load_baseline(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error(
        fmt::format("{}: cannot read the baseline: {}; {}", file, std::strerror(errno), kHowTo));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_baseline(text.str(), file);
}

}  // namespace holymigrate

#include "report/report_sarif.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "engine/rule_kinds.h"
#include "report/result_message.h"

namespace holymigrate {
namespace {

using json = nlohmann::ordered_json;

// Where users learn about the tool (SARIF tool.driver.informationUri).
constexpr const char* kInformationUri = "https://github.com/holysheep/holymigrate";
constexpr const char* kFingerprintKey = "holymigrate/v1";

const char* level(Severity s, Mode mode) {
  switch (s) {
    case Severity::Edit:
      return mode == Mode::Check ? "warning" : "note";
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "note";
}

json region(const Position& begin, const Position& end) {
  return {{"startLine", begin.line},
          {"startColumn", begin.utf16_column},
          {"endLine", end.line},
          {"endColumn", end.utf16_column}};
}

json location(const std::string& uri, const json& where) {
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}}, {"region", where}}}};
}

std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

// "openai-endpoint" -> "OpenaiEndpoint": SARIF's Pascal-case rule name.
std::string friendly_name(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

json rule_entry(const Rule& rule, const Target& target) {
  std::string description = rule_description(rule, target);
  std::string help =
      rule.severity == Severity::Edit
          ? fmt::format(
                "{}. `holymigrate --write` makes this edit; `holymigrate rules explain {}` "
                "shows the rule and its examples.",
                description, rule.id)
          : fmt::format(
                "{}. This is a finding, not an edit: fix it by hand, or silence one line "
                "with a `holymigrate: ignore` comment. `holymigrate rules explain {}` "
                "shows the rule.",
                description, rule.id);
  return {{"id", rule.id},
          {"name", friendly_name(rule.id)},
          {"shortDescription", {{"text", sentence(description)}}},
          {"fullDescription", {{"text", sentence(description)}}},
          {"defaultConfiguration", {{"level", level(rule.severity, Mode::Check)}}},
          {"help", {{"text", help}}},
          {"properties", {{"tags", {"holymigrate", std::string(to_string(rule.kind))}}}}};
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    bool keep = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

std::string sarif_report(const Report& report, const RuleSet& rules) {
  json driver_rules = json::array();
  std::map<std::string, size_t> rule_index;
  for (const Rule& r : rules.rules()) {
    rule_index[r.id] = driver_rules.size();
    driver_rules.push_back(rule_entry(r, rules.target()));
  }

  json results = json::array();
  for (const FileReport& f : report.files) {
    std::string uri = path_to_uri(f.path);
    auto result = [&](const std::string& rule, const char* lvl, const std::string& message,
                      const std::string& fingerprint, const json& where) {
      json r = {{"ruleId", rule}};
      if (auto it = rule_index.find(rule); it != rule_index.end()) r["ruleIndex"] = it->second;
      r["level"] = lvl;
      r["message"] = {{"text", sentence(message)}};
      r["locations"] = json::array({location(uri, where)});
      r["partialFingerprints"] = {{kFingerprintKey, fingerprint}};
      return r;
    };
    for_each_result(
        f,
        [&](const EditReport& e) {
          json where = region(e.begin, e.end);
          json r = result(e.rule, level(Severity::Edit, report.mode), edit_message(e, rules),
                          e.fingerprint, where);
          json replacement = {{"deletedRegion", where}, {"insertedContent", {{"text", e.after}}}};
          r["fixes"] = json::array(
              {{{"description", {{"text", fmt::format("Replace with {}.", e.after)}}},
                {"artifactChanges",
                 json::array({{{"artifactLocation", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}},
                               {"replacements", json::array({replacement})}}})}}});
          results.push_back(std::move(r));
        },
        [&](const FindingReport& x) {
          results.push_back(result(x.rule, level(x.severity, report.mode), x.message, x.fingerprint,
                                   region(x.begin, x.end)));
        });
  }

  json driver = {{"name", "holymigrate"},
                 {"version", HOLYMIGRATE_VERSION},
                 {"semanticVersion", HOLYMIGRATE_VERSION},
                 {"informationUri", kInformationUri},
                 {"rules", std::move(driver_rules)}};
  json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "utf16CodeUnits"},
              {"results", std::move(results)}};
  json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(run)})}};
  // Paths may hold bytes that are not UTF-8: replace them rather than fail.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace holymigrate

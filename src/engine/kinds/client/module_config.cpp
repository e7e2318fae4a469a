#include "engine/kinds/client/module_config.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace holymigrate {
namespace {

// openai-python 0.28's `openai/__init__.py` exports these resources (and the
// `openai.error` module); 1.0 removed them (APIRemovedInV1).
constexpr std::string_view kLegacyNames[] = {
    "ChatCompletion", "Completion", "Embedding",     "Edit",  "Image",
    "Moderation",     "Audio",      "FineTune",      "File",  "Model",
    "Engine",         "Deployment", "FineTuningJob", "error", "Customer",
};
// openai-python >= 1.0's module client (`openai/_module_client.py`): the
// resources reachable as `openai.<name>.…` without constructing a client.
constexpr std::string_view kV1Names[] = {
    "chat",  "completions", "embeddings", "images",  "audio",     "moderations",   "models",
    "files", "fine_tuning", "batches",    "uploads", "responses", "vector_stores", "beta",
};
// Module attributes that configure Azure OpenAI, not the public endpoint
// (docs/behaviour.md §5.1's exclusive arguments, module-level form).
constexpr std::string_view kAzureAttrs[] = {"azure_endpoint", "azure_ad_token",
                                            "azure_ad_token_provider", "api_version"};
// The base-URL attribute of each SDK generation.
constexpr std::string_view kBaseAttrs[] = {"api_base", "base_url"};

template <size_t N>
bool in(const std::string_view (&table)[N], std::string_view w) {
  return std::find(std::begin(table), std::end(table), w) != std::end(table);
}

// The specs the plan's facts name (client_reads_env: 0.x reads OPENAI_API_BASE,
// >= 1.0 OPENAI_BASE_URL).
const ClientSpec& legacy_spec() {
  static const ClientSpec s{Language::Python,
                            "openai 0.x",
                            "api_base",
                            Construct::Call,
                            "api_base",
                            "api_key",
                            BaseValue::Target,
                            {},
                            {},
                            {}};
  return s;
}
const ClientSpec& v1_spec() {
  static const ClientSpec s{Language::Python,
                            "openai",
                            "base_url",
                            Construct::Call,
                            "base_url",
                            "api_key",
                            BaseValue::Target,
                            {},
                            {},
                            {}};
  return s;
}

struct View {
  std::string_view s;
  const std::vector<Token>& t;
  std::string_view at(size_t i) const { return i < t.size() ? token_text(s, t[i]) : ""; }
  bool ident(size_t i) const { return i < t.size() && t[i].kind == TokenKind::Identifier; }
};

// `alias . attr = value` (not `==`): the attribute, else empty.
std::string_view assigned_attr(const View& v, size_t k) {
  if (v.at(k + 1) != "." || !v.ident(k + 2) || v.at(k + 3) != "=" || v.at(k + 4) == "=") return "";
  return v.at(k + 2);
}

// Indices of module alias tokens (`openai`, or `oa` after `import openai as oa`).
// A '.' that ends the line before does not make a line's first token an
// attribute: statement_last() ends a statement there, so the line written
// after `oa.api_key = x.` is a statement of its own here too (fuzz_scan run 9).
std::vector<size_t> alias_tokens(const View& v, const Imports& im) {
  std::vector<size_t> out;
  for (size_t k = 0; k < v.t.size(); ++k) {
    bool attribute = k > 0 && v.at(k - 1) == "." && !v.t[k].line_start;
    if (!v.ident(k) || attribute || v.at(k + 1) != ".") continue;
    auto it = im.modules.find(v.at(k));
    if (it != im.modules.end() && it->second == "openai") out.push_back(k);
  }
  return out;
}

// The last token of the statement starting at token `k`: brackets balanced,
// up to the next token that starts a line (a line ending in `\` continues).
size_t statement_last(const View& v, size_t k) {
  int depth = 0;
  size_t i = k;
  for (; i + 1 < v.t.size(); ++i) {
    std::string_view w = v.at(i);
    if (w == "(" || w == "[" || w == "{") ++depth;
    if (w == ")" || w == "]" || w == "}") --depth;
    if (depth > 0 || !v.t[i + 1].line_start) continue;
    size_t nl = v.s.rfind('\n', v.t[i + 1].begin);
    size_t end = nl;
    while (end > 0 && (v.s[end - 1] == '\r' || v.s[end - 1] == ' ' || v.s[end - 1] == '\t')) --end;
    if (end > 0 && v.s[end - 1] == '\\' && v.s.find('#', v.t[i].end) >= nl) continue;
    break;
  }
  return i;
}

// Whether the brackets of tokens [k, last] balance. A statement whose
// brackets never close runs to the end of the file (statement_last()), so a
// line inserted "after" it would sit inside it.
bool balanced(const View& v, size_t k, size_t last) {
  int depth = 0;
  for (size_t i = k; i <= last && i < v.t.size(); ++i) {
    std::string_view w = v.at(i);
    if (w == "(" || w == "[" || w == "{") ++depth;
    if (w == ")" || w == "]" || w == "}") --depth;
  }
  return depth == 0;
}

std::string line_indent(std::string_view s, size_t pos) {
  size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
  b = b == std::string_view::npos || pos == 0 ? 0 : b + 1;
  return std::string(s.substr(b, pos - b));
}

// Where a line goes after the statement whose last token is `last`: the end
// of its physical line (after a trailing comment), and the file's line ending.
std::pair<size_t, std::string> after_line(std::string_view s, size_t end) {
  size_t nl = s.find('\n', end);
  if (nl == std::string_view::npos) return {s.size(), "\n"};
  if (nl > 0 && s[nl - 1] == '\r') return {nl - 1, "\r\n"};
  return {nl, "\n"};
}

// `from openai import ChatCompletion, Embedding as E` (0.x resources imported
// by name: they still use the module's configuration).
struct FromImport {
  size_t from = 0, last = 0;  // token indices: `from` and the statement's last token
  bool column_0 = false;      // at module level, alone on its line(s)
  std::string_view name;      // the first 0.x resource it imports
};
std::vector<FromImport> legacy_from_imports(const View& v) {
  std::vector<FromImport> out;
  for (size_t k = 0; k + 3 < v.t.size(); ++k) {
    if (v.at(k) != "from" || !v.t[k].line_start || v.at(k + 1) != "openai" ||
        v.at(k + 2) != "import")
      continue;
    FromImport f{k, statement_last(v, k), false, ""};
    for (size_t i = k + 3; i <= f.last && f.name.empty(); ++i) {
      std::string_view before = v.at(i - 1);
      if (v.ident(i) && (before == "import" || before == "," || before == "(") &&
          in(kLegacyNames, v.at(i)))
        f.name = v.at(i);
    }
    if (f.name.empty()) continue;
    f.column_0 = (v.t[k].begin == 0 || v.s[v.t[k].begin - 1] == '\n') &&
                 (f.last + 1 >= v.t.size() || v.t[f.last + 1].line_start);
    out.push_back(f);
  }
  return out;
}

}  // namespace

ModuleSigns& ModuleSigns::operator|=(const ModuleSigns& o) {
  base_set = base_set || o.base_set;
  azure = azure || o.azure;
  key_set = key_set || o.key_set;
  legacy_calls = legacy_calls || o.legacy_calls;
  v1_calls = v1_calls || o.v1_calls;
  return *this;
}

ModuleSigns module_signs(std::string_view text, const std::vector<Token>& tokens,
                         const Imports& imports) {
  View v{text, tokens};
  ModuleSigns out;
  for (size_t k : alias_tokens(v, imports)) {
    std::string_view attr = assigned_attr(v, k);
    if (in(kBaseAttrs, attr)) out.base_set = true;
    if (in(kAzureAttrs, attr)) out.azure = true;
    if (attr == "api_key") out.key_set = true;
    if (attr == "api_type" && k + 4 < tokens.size() && tokens[k + 4].kind == TokenKind::String) {
      std::string value(string_body(text, tokens[k + 4]));
      for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (value.find("azure") != std::string::npos) out.azure = true;
    }
    if (!attr.empty()) continue;
    std::string_view name = v.at(k + 2);
    if (in(kLegacyNames, name)) out.legacy_calls = true;
    if (in(kV1Names, name) && v.at(k + 3) == ".") out.v1_calls = true;
  }
  if (!legacy_from_imports(v).empty()) out.legacy_calls = true;
  return out;
}

void module_config(std::string_view text, const std::vector<Token>& tokens, const Imports& imports,
                   const ModuleSigns& signs, const CallContext& ctx, CallEdits& out) {
  if (signs.base_set || signs.azure || ctx.mode != CallMode::Fix) return;
  View v{text, tokens};
  std::vector<size_t> aliases = alias_tokens(v, imports);
  const bool legacy = signs.legacy_calls && !signs.v1_calls;
  const bool v1 = signs.v1_calls && !signs.legacy_calls;
  const ClientSpec& spec = v1 ? v1_spec() : legacy_spec();
  const Target& t = ctx.target;
  std::string base_value = fmt::format("os.environ.get(\"{}\", \"{}\")", t.base_env, t.url);
  std::string key_value = fmt::format("os.environ.get(\"{}\")", t.key_env);
  auto quiet = [&](size_t offset) { return ctx.quiet_at(text, offset); };
  auto finding = [&](size_t b, size_t e, std::string message) {
    out.findings.push_back({b, e, ctx.rule, Severity::Warning, std::move(message)});
    out.clients.push_back({b, e, &spec, SeenState::Unfixed, true, false});
  };

  bool key_assigned = false;
  for (size_t k : aliases) {
    if (assigned_attr(v, k) != "api_key") continue;
    key_assigned = true;
    size_t last = statement_last(v, k);
    size_t b = tokens[k].begin, e = tokens[last].end;
    if (quiet(b)) continue;
    std::string alias(v.at(k));
    std::string written(text.substr(b, tokens[k + 3].end - b));  // `openai.api_key =`
    if (!legacy && !v1) {
      finding(b, e,
              fmt::format("{} … sets the key of the openai module but no base URL, so the SDK "
                          "keeps api.openai.com; this file does not show which SDK version it "
                          "uses: add `{}.api_base = {}` after it (openai-python < 1.0) or "
                          "`{}.base_url = {}` (>= 1.0)",
                          written, alias, base_value, alias, base_value));
      continue;
    }
    std::string line = fmt::format("{}.{} = {}", alias, spec.base_arg, base_value);
    if (!balanced(v, k, last)) {
      finding(b, tokens[k + 3].end,
              fmt::format("{} … has unbalanced brackets and cannot be edited safely: add `{}` "
                          "on a line of its own after it",
                          written, line));
      continue;
    }
    if (!tokens[k].line_start || (last + 1 < tokens.size() && !tokens[last + 1].line_start)) {
      finding(b, e,
              fmt::format("{} … shares its line with other code and cannot be edited safely: "
                          "add `{}` on a line of its own after it",
                          written, line));
      continue;
    }
    auto [at, eol] = after_line(text, e);
    out.edits.push_back({at, at, eol + line_indent(text, b) + line, ctx.rule});
    out.clients.push_back({b, e, &spec, SeenState::Fixed, true, false});
    out.needs_os = true;
  }
  if (key_assigned || signs.key_set || (!legacy && !v1)) return;

  // Module calls and no key assignment: the SDK reads OPENAI_API_KEY and its
  // base-URL variable by itself. Both go after the module-level import.
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    bool column_0 = tokens[k].begin == 0 || text[tokens[k].begin - 1] == '\n';
    if (v.at(k) != "import" || !tokens[k].line_start || !column_0) continue;
    size_t last = statement_last(v, k);
    bool binds = false;
    for (size_t i = k + 1; i <= last; ++i)
      if (v.at(i) == "openai" && (v.at(i - 1) == "import" || v.at(i - 1) == ",") &&
          v.at(i + 1) != "." && (i + 1 > last || v.at(i + 1) != "as"))
        binds = true;
    // The lines written below name the module `openai`; the next run reads
    // them back only if the imports bind that name to the module (fuzz_client
    // run 9: `import openai as o.chat.,openai`).
    auto bound = imports.modules.find("openai");
    bool readable = bound != imports.modules.end() && bound->second == "openai";
    if (!binds || !readable || (last + 1 < tokens.size() && !tokens[last + 1].line_start) ||
        !balanced(v, k, last))
      continue;
    if (quiet(tokens[k].begin)) return;
    auto [at, eol] = after_line(text, tokens[last].end);
    out.edits.push_back({at, at,
                         fmt::format("{}openai.{} = {}{}openai.api_key = {}", eol, spec.base_arg,
                                     base_value, eol, key_value),
                         ctx.rule});
    out.clients.push_back(
        {tokens[k].begin, tokens[last].end, &spec, SeenState::Fixed, false, false});
    out.needs_os = true;
    return;
  }
  // No plain module-level `import openai`, but 0.x resources imported by
  // name: the module they configure themselves from is imported after them
  // (at module level), else a finding says what to add.
  for (const FromImport& f : legacy_from_imports(v)) {
    if (quiet(tokens[f.from].begin)) return;
    size_t b = tokens[f.from].begin, e = tokens[f.last].end;
    if (!f.column_0 || !balanced(v, f.from, f.last)) {
      finding(b, e,
              fmt::format("{} imported from openai uses the openai module's own configuration, "
                          "which reads {} and the old endpoint: at module level add `import "
                          "openai`, `openai.api_base = {}` and `openai.api_key = {}`",
                          f.name, "OPENAI_API_KEY", base_value, key_value));
      out.clients.back().key_given = false;
      return;
    }
    auto [at, eol] = after_line(text, e);
    out.edits.push_back({at, at,
                         fmt::format("{}import openai{}openai.api_base = {}{}openai.api_key = {}",
                                     eol, eol, base_value, eol, key_value),
                         ctx.rule});
    out.clients.push_back({b, e, &spec, SeenState::Fixed, false, false});
    out.needs_os = true;
    return;
  }
  // No plain module-level `import openai` (an alias, an import inside a
  // function): the first module call says what to add.
  for (size_t k : aliases) {
    std::string_view name = v.at(k + 2);
    if (!assigned_attr(v, k).empty() || !(in(kLegacyNames, name) || in(kV1Names, name))) continue;
    if (quiet(tokens[k].begin)) return;
    std::string alias(v.at(k));
    finding(tokens[k].begin, tokens[k + 2].end,
            fmt::format("{}.{} uses the openai module's own configuration, which reads {} and "
                        "the old endpoint: after the module's import add `{}.{} = {}` and "
                        "`{}.api_key = {}`",
                        alias, name, "OPENAI_API_KEY", alias, spec.base_arg, base_value, alias,
                        key_value));
    out.clients.back().key_given = false;
    return;
  }
}

}  // namespace holymigrate

#include "engine/kinds/client/client_call.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "engine/kinds/client/module_config.h"
#include "engine/matcher.h"

namespace holymigrate {
namespace {

using Tokens = std::vector<Token>;

struct View {
  std::string_view s;
  const Tokens& t;
  std::string_view at(size_t i) const { return i < t.size() ? token_text(s, t[i]) : ""; }
  bool ident(size_t i) const { return i < t.size() && t[i].kind == TokenKind::Identifier; }
  bool str(size_t i) const { return i < t.size() && t[i].kind == TokenKind::String; }
};

// Splits the tokens strictly between open and close into top-level items
// (separated by commas); returns the index of each item's first token.
std::vector<size_t> items(const View& v, size_t open, size_t close) {
  std::vector<size_t> out;
  int depth = 0;
  bool fresh = true;
  for (size_t i = open + 1; i < close; ++i) {
    std::string_view w = v.at(i);
    bool punct = v.t[i].kind == TokenKind::Punct;
    if (depth == 0 && punct && w == ",") {
      fresh = true;
      continue;
    }
    if (fresh) out.push_back(i), fresh = false;
    if (punct && (w == "(" || w == "[" || w == "{")) ++depth;
    if (punct && (w == ")" || w == "]" || w == "}")) --depth;
  }
  return out;
}

// What the arguments say: the names given, or why they cannot be read.
struct Args {
  std::set<std::string, std::less<>> names;
  std::string unreadable;                             // the reason, when not empty
  size_t insert_token = 0;                            // insert before this token...
  bool empty = false;                                 // ...or, when there is nothing, after it
  bool js_bare = false;                               // JS: no options object at all
  bool append = false;                                // Python: append after the last argument
  size_t append_token = 0;                            // ...which ends with this token
  std::map<std::string, size_t, std::less<>> values;  // JS: key -> its value's first token
};

Args python_args(const View& v, size_t open, size_t close) {
  Args a;
  std::vector<size_t> it = items(v, open, close);
  a.empty = it.empty();
  a.insert_token = a.empty ? open : it.front();
  if (!a.empty) {  // the last token of the last argument, for appending
    size_t last = close - 1;
    if (v.at(last) == "," && last > open + 1) --last;
    a.append_token = last;
  }
  for (size_t i : it) {
    if (v.at(i) == "*") {
      bool kw = v.at(i + 1) == "*" && v.t[i + 1].begin == v.t[i].end;
      a.unreadable = kw ? "**kwargs" : "*args";
    } else if (v.ident(i) && v.at(i + 1) == "=" && v.at(i + 2) != "=") {
      a.names.emplace(v.at(i));
    } else if (a.unreadable.empty()) {
      a.unreadable = "a positional argument, which keywords cannot precede";
    }
  }
  return a;
}

Args js_args(const View& v, size_t open, size_t close) {
  Args a;
  std::vector<size_t> it = items(v, open, close);
  if (it.empty()) {
    a.empty = a.js_bare = true;
    a.insert_token = open;
    return a;
  }
  size_t obj = it.front();
  if (v.at(obj) != "{") {
    a.unreadable = v.ident(obj) && (obj + 1 == close || v.at(obj + 1) == ",")
                       ? "the options are a variable"
                       : "the options are an expression";
    return a;
  }
  size_t obj_close = matching_close(v.s, v.t, obj);
  if (obj_close >= close || (v.at(obj_close + 1) != "," && obj_close + 1 != close)) {
    a.unreadable = "the options are an expression";
    return a;
  }
  std::vector<size_t> entries = items(v, obj, obj_close);
  a.empty = entries.empty();
  a.insert_token = a.empty ? obj : entries.front();
  for (size_t e : entries) {
    if (v.at(e) == ".") {
      a.unreadable = "an object spread";
    } else if (v.at(e) == "[") {
      a.unreadable = "a computed key";
    } else if (v.str(e)) {
      a.names.emplace(string_body(v.s, v.t[e]));
      if (v.at(e + 1) == ":") a.values[std::string(string_body(v.s, v.t[e]))] = e + 2;
    } else if (v.ident(e)) {
      a.names.emplace(v.at(e));
      if (v.at(e + 1) == ":") a.values[std::string(v.at(e))] = e + 2;
    }
  }
  return a;
}

bool given(const Args& a, std::string_view name, const std::vector<std::string_view>& aliases) {
  if (a.names.contains(name)) return true;
  return std::any_of(aliases.begin(), aliases.end(), [&](auto x) { return a.names.contains(x); });
}

std::string line_indent(std::string_view s, size_t pos) {
  size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
  b = b == std::string_view::npos ? 0 : b + 1;
  return std::string(s.substr(b, pos - b));
}

std::string eol_at(std::string_view s, size_t pos) {
  size_t nl = s.find('\n', pos);
  return nl != std::string_view::npos && nl > 0 && s[nl - 1] == '\r' ? "\r\n" : "\n";
}

// The prevailing quote of a JS file: ' when single-quoted strings outnumber
// double-quoted ones.
char js_quote(const View& v) {
  size_t single = 0, dbl = 0;
  for (const Token& t : v.t) {
    if (t.kind != TokenKind::String) continue;
    char q = v.s[t.begin];
    single += q == '\'';
    dbl += q == '"';
  }
  return single > dbl ? '\'' : '"';
}

// `process.env.NAME` (or `import.meta.env.NAME`), with brackets when NAME is
// not a JS identifier.
std::string js_env(const std::string& name, char q, JsEnv style = JsEnv::Process) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
               std::all_of(name.begin(), name.end(), [](char c) {
                 return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
               });
  std::string obj = style == JsEnv::ImportMeta ? "import.meta.env" : "process.env";
  return plain ? obj + "." + name : fmt::format("{}[{}{}{}]", obj, q, name, q);
}

// The inserted JS base-URL value: B (or A) with the target as default, or the
// literal target where there is no environment.
std::string js_base_value(const std::string& env, const std::string& url, char q, JsEnv style) {
  if (style == JsEnv::None) return fmt::format("{}{}{}", q, url, q);
  return fmt::format("{} ?? {}{}{}", js_env(env, q, style), q, url, q);
}

class Calls {
 public:
  Calls(const View& v, const Imports& im, Language lang, const CallContext& ctx)
      : v_(v), im_(im), lang_(lang), ctx_(ctx) {}

  CallEdits run() {
    std::vector<Decision> calls;
    for (size_t k = 0; k + 1 < v_.t.size(); ++k) {
      if (!v_.ident(k) || v_.at(k + 1) != "(") continue;
      size_t first = k;
      while (first >= 2 && v_.at(first - 1) == "." && v_.ident(first - 2)) first -= 2;
      std::string_view before = first > 0 ? v_.at(first - 1) : "";
      if (before == "." || before == "def" || before == "class" || before == "function") continue;
      bool is_new = before == "new";
      const ClientSpec* spec = lookup(first, k, is_new);
      if (!spec) continue;
      if (ctx_.quiet_at(v_.s, v_.t[k].begin)) continue;
      Decision d = decide(*spec, is_new && first > 0 ? first - 1 : first, first, k);
      if (d.what != What::NotAClient) calls.push_back(std::move(d));
    }
    // A client aimed at the target beside implicit ones is a side-by-side
    // set-up (docs/behaviour.md §5.1): the implicit ones are left alone.
    size_t target_line = 0;
    bool beside_ours = false;
    for (const Decision& d : calls) {
      if (d.aimed && target_line == 0) target_line = line_of(d.b);
      beside_ours = beside_ours || d.ours;
    }
    for (Decision& d : calls) {
      bool implicit = d.what == What::Insert || d.what == What::Report;
      SeenState state = d.what == What::Insert   ? SeenState::Fixed
                        : d.what == What::Report ? SeenState::Unfixed
                                                 : SeenState::Explicit;
      if (implicit && target_line != 0 && !d.aimed) {
        state = SeenState::Legacy;
        if (ctx_.mode == CallMode::Legacy)
          finding(d.b, d.e,
                  fmt::format("{}(…) is left as it is: line {} constructs a client aimed at {} "
                              "beside it (a side-by-side set-up such as a canary or a fallback); "
                              "this one keeps the old provider and its key",
                              d.callee, target_line, ctx_.target.host()));
      } else if (ctx_.mode == CallMode::Fix) {
        if (d.what == What::Report) finding(d.b, d.e, d.message);
        for (Edit& e : d.edits) out_.edits.push_back(std::move(e));
        out_.needs_os = out_.needs_os || d.reads_os;
      }
      out_.clients.push_back({d.b, d.span_end, d.spec, state, d.key_given, d.base_given, d.aimed,
                              state == SeenState::Legacy && beside_ours});
    }
    return std::move(out_);
  }

 private:
  enum class What { NotAClient, Explicit, Insert, Report };
  struct Decision {
    What what = What::Explicit;
    const ClientSpec* spec = nullptr;
    size_t b = 0, e = 0;  // bytes of the call (e: past its opening bracket if unbalanced)
    // Where its arguments may end: the end of the text when the brackets are
    // unbalanced, so the plan keeps edits there out of a side-by-side client.
    size_t span_end = 0;
    std::string callee;       // as written, `new ` included
    bool aimed = false;       // its arguments name the target (T, B, A or K)
    bool ours = false;        // ... in the form this tool inserts (inserted_form)
    std::string message;      // Report
    std::vector<Edit> edits;  // Insert
    bool reads_os = false;    // Insert, Python
    bool key_given = false, base_given = false;
  };

  size_t line_of(size_t offset) const {
    return static_cast<size_t>(
               std::count(v_.s.begin(), v_.s.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) +
           1;
  }

  const ClientSpec* lookup(size_t first, size_t last, bool is_new) const {
    std::vector<const ClientSpec*> specs;
    if (first == last) {
      auto it = im_.names.find(v_.at(last));
      if (it != im_.names.end()) specs = it->second;
    } else {
      std::string prefix;
      for (size_t i = first; i + 1 < last; ++i) prefix += v_.at(i);
      auto it = im_.modules.find(prefix);
      if (it != im_.modules.end()) specs = specs_for(it->second, v_.at(last), lang_);
    }
    for (const ClientSpec* s : specs) {
      if (lang_ == Language::Python || (s->construct == Construct::New) == is_new) return s;
    }
    return nullptr;
  }

  void finding(size_t b, size_t e, std::string message) {
    out_.findings.push_back({b, e, ctx_.rule, Severity::Warning, std::move(message)});
  }

  // An argument from client_exclusive_args() (`provider=`, `azureADTokenProvider:`).
  bool exclusive(size_t open, size_t close) const {
    std::string_view assign = lang_ == Language::Python ? "=" : ":";
    for (size_t i = open + 1; i < close && i + 1 < v_.t.size(); ++i) {
      if (v_.at(i + 1) != assign || (lang_ == Language::Python && v_.at(i + 2) == "=")) continue;
      std::string_view w = v_.str(i) ? string_body(v_.s, v_.t[i]) : v_.at(i);
      for (const ExclusiveArg& x : client_exclusive_args())
        if (x.language == lang_ && x.name == w) return true;
    }
    return false;
  }

  // The arguments name the target: a string holding T's host, or K, B or A
  // as a string or identifier (os.environ["HOLYSHEEP_API_KEY"], process.env.HOLYSHEEP_BASE_URL).
  // The form this tool inserts (docs/behaviour.md §5.1): B or A read from the
  // environment with the target URL as its default, as an earlier --write
  // left it.
  bool inserted_form(size_t open, size_t close) const {
    const Target& t = ctx_.target;
    std::string host = t.host();
    bool env = false, url = false;
    for (size_t i = open + 1; i < close && i < v_.t.size(); ++i) {
      std::string_view w = v_.str(i) ? string_body(v_.s, v_.t[i]) : v_.at(i);
      url = url || (v_.str(i) && w.find(host) != std::string_view::npos);
      env = env || ((v_.str(i) || v_.ident(i)) && (w == t.base_env || w == t.anthropic_base_env));
    }
    return env && url;
  }

  bool aimed_at_target(size_t open, size_t close) const {
    const Target& t = ctx_.target;
    std::string host = t.host();
    for (size_t i = open + 1; i < close && i < v_.t.size(); ++i) {
      std::string_view w = v_.str(i) ? string_body(v_.s, v_.t[i]) : v_.at(i);
      if (v_.str(i) && w.find(host) != std::string_view::npos) return true;
      if ((v_.str(i) || v_.ident(i)) &&
          (w == t.key_env || w == t.base_env || w == t.anthropic_base_env))
        return true;
    }
    return false;
  }

  // litellm: the model, as `model="…"` or the first positional string, names
  // an Anthropic model ("anthropic/claude-…", "claude-…").
  bool anthropic_model(size_t open, size_t close) const {
    for (size_t i = open + 1; i < close; ++i) {
      bool model_kw = v_.at(i) == "model" && v_.at(i + 1) == "=" && v_.str(i + 2);
      bool first_pos = i == open + 1 && v_.str(i);
      if (!model_kw && !first_pos) continue;
      std::string_view m = string_body(v_.s, v_.t[model_kw ? i + 2 : i]);
      return m.starts_with("anthropic/") || m.starts_with("claude");
    }
    return false;
  }

  Decision decide(const ClientSpec& spec, size_t start, size_t first, size_t last) {
    Decision d;
    d.spec = &spec;
    size_t open = last + 1;
    size_t close = matching_close(v_.s, v_.t, open);
    for (size_t i = first; i <= last; ++i) d.callee += v_.at(i);
    if (spec.construct == Construct::New) d.callee = "new " + d.callee;
    d.b = v_.t[start].begin;
    d.e = close < v_.t.size() ? v_.t[close].end : v_.t[open].end;
    d.span_end = close < v_.t.size() ? d.e : v_.s.size();
    size_t end_tok = std::min(close, v_.t.size());
    if (exclusive(open, end_tok)) {
      d.what = What::NotAClient;
      return d;
    }
    d.aimed = aimed_at_target(open, end_tok);
    d.ours = d.aimed && inserted_form(open, end_tok);
    bool py = lang_ == Language::Python;
    BaseValue base = spec.base;
    if (spec.positional_ok && anthropic_model(open, end_tok)) base = BaseValue::Root;
    std::string url = base == BaseValue::Root ? ctx_.target.root() : ctx_.target.url;
    const std::string& base_env =
        base == BaseValue::Root ? ctx_.target.anthropic_base_env : ctx_.target.base_env;
    if (!py && !quote_) quote_ = js_quote(v_);  // once per file, not per call
    char q = py ? '"' : quote_;
    if (spec.base_arg.empty()) {  // report-only
      for (size_t i = open + 1; i < end_tok; ++i) {
        std::string_view w = v_.str(i) ? string_body(v_.s, v_.t[i]) : v_.at(i);
        if (std::find(spec.base_aliases.begin(), spec.base_aliases.end(), w) !=
            spec.base_aliases.end())
          return d;
      }
      d.what = What::Report;
      d.message =
          fmt::format("{}(…) {}", d.callee, expand_target(std::string(spec.fix), ctx_.target));
      return d;
    }
    // The SDK's own behaviour (docs/behaviour.md §5.1): read the base-URL
    // variable, fall back to the target, so a proxy set in the environment wins.
    std::string base_value = py ? fmt::format("os.environ.get(\"{}\", \"{}\")", base_env, url)
                                : js_base_value(base_env, url, q, ctx_.js_env);
    std::string base_text = py ? fmt::format("{}={}", spec.base_arg, base_value)
                               : fmt::format("{}: {}", spec.base_arg, base_value);
    std::string key_text =
        py ? fmt::format("{}=os.environ.get(\"{}\")", spec.key_arg, ctx_.target.key_env)
           : fmt::format("{}: {}", spec.key_arg, js_env(ctx_.target.key_env, q, ctx_.js_env));
    std::string shown_base = base_text;
    if (!spec.base_in.empty()) shown_base = fmt::format("{}: {{ {} }}", spec.base_in, base_text);
    if (close >= v_.t.size()) {
      d.what = What::Report;
      d.message = fmt::format("{}( has unbalanced brackets and cannot be edited: pass {} and {}",
                              d.callee, shown_base, key_text);
      return d;
    }
    // A string left open inside the call ends at its line's end, so an
    // argument written after it would land inside it (fuzz_plan run 9).
    if (std::any_of(v_.t.begin() + static_cast<std::ptrdiff_t>(open),
                    v_.t.begin() + static_cast<std::ptrdiff_t>(close),
                    [](const Token& t) { return t.unclosed; })) {
      d.what = What::Report;
      d.message =
          fmt::format("{}( holds a string that is not closed and cannot be edited: pass {} and {}",
                      d.callee, shown_base, key_text);
      return d;
    }
    Args a = py ? python_args(v_, open, close) : js_args(v_, open, close);
    if (py && spec.positional_ok && a.unreadable.starts_with("a positional")) {
      a.unreadable.clear();
      a.append = true;
    }
    // LangChain.js: the base URL sits in the nested `configuration` object.
    Args nested;
    bool has_nested = false;
    if (!spec.base_in.empty() && a.unreadable.empty()) {
      auto it = a.values.find(std::string(spec.base_in));
      if (it != a.values.end()) {
        if (v_.at(it->second) != "{") {
          a.unreadable = fmt::format("{} is not an object literal", spec.base_in);
        } else {
          size_t nclose = matching_close(v_.s, v_.t, it->second);
          nested = js_args(v_, it->second - 1, nclose + 1);
          has_nested = true;
          if (!nested.unreadable.empty()) a.unreadable = nested.unreadable;
        }
      }
    }
    bool has_base = spec.base_in.empty()
                        ? given(a, spec.base_arg, spec.base_aliases)
                        : given(a, "", spec.base_aliases) ||
                              (has_nested && given(nested, spec.base_arg, {"basePath"}));
    // In the browser there is no environment to read a key from.
    bool has_key = given(a, spec.key_arg, spec.key_aliases) || (!py && ctx_.js_env == JsEnv::None);
    d.key_given = given(a, spec.key_arg, spec.key_aliases);
    d.base_given = has_base;
    std::vector<std::string> add;
    if (!has_base) add.push_back(shown_base);
    if (!has_key) add.push_back(key_text);
    if (add.empty()) return d;  // explicit already
    if (!a.unreadable.empty()) {
      std::string what = add.size() == 2 ? add[0] + " and " + add[1] : add[0];
      std::string where = py ? "" : " in its options object";
      d.what = What::Report;
      d.message = fmt::format(
          "{}(…) cannot be edited safely ({}); unless it already does, "
          "pass {}{}",
          d.callee, a.unreadable, what, where);
      return d;
    }
    d.what = What::Insert;
    d.reads_os = py;
    if (has_nested && !has_base) {
      // baseURL into the existing configuration object, the key at the top level.
      d.edits.push_back(insertion(nested, {base_text}));
      if (!has_key) d.edits.push_back(insertion(a, {key_text}));
    } else {
      d.edits.push_back(insertion(a, add));
    }
    return d;
  }

  Edit insertion(const Args& a, const std::vector<std::string>& add) const {
    std::string text;
    size_t pos;
    std::string joined;
    for (const std::string& x : add) joined += (joined.empty() ? "" : ", ") + x;
    if (a.append) {
      pos = v_.t[a.append_token].end;
      text = ", " + joined;
      return {pos, pos, text, ctx_.rule};
    }
    const Token& at = v_.t[a.insert_token];
    if (a.js_bare) {
      pos = at.end;
      text = "{ " + joined + " }";
    } else if (a.empty) {
      pos = at.end;
      text = lang_ == Language::Python ? joined : " " + joined + " ";
    } else if (at.line_start) {
      pos = at.begin;
      std::string indent = line_indent(v_.s, at.begin), eol = eol_at(v_.s, at.begin);
      for (const std::string& x : add) text += x + "," + eol + indent;
    } else {
      pos = at.begin;
      text = joined + ", ";
    }
    return {pos, pos, text, ctx_.rule};
  }

  const View& v_;
  const Imports& im_;
  Language lang_;
  const CallContext& ctx_;
  CallEdits out_;
  char quote_ = 0;
};

bool is_base_source(std::string_view name, BaseValue& base) {
  for (const BaseUrlSource& src : base_url_sources()) {
    if (src.name == name) {
      base = src.base;
      return true;
    }
  }
  return false;
}

// Reads of a source base-URL variable with no default (docs/behaviour.md §5.1)
// gain the target as their default: Python `os.getenv("X")` /
// `os.environ.get("X")` a second argument, JS `process.env.X` a `?? "T"` --
// only where the read stands alone as a value (after `=`, `:`, `(`, `,`,
// `return`; before `,`, `)`, `}`, `]`, `;` or the end of the line), so no
// operator precedence changes and `??` never meets `||` unparenthesised.
void base_url_defaults(const View& v, const Imports& im, Language lang, const CallContext& ctx,
                       std::vector<Edit>& out) {
  // Vercel's @ai-sdk/anthropic alone: its base includes /v1, so T, not root(T).
  bool vercel_anthropic = im.anthropic.empty();
  if (vercel_anthropic) {
    bool any = false;
    for (const auto& [name, specs] : im.names)
      for (const ClientSpec* s : specs) any = any || s->module == "@ai-sdk/anthropic";
    for (const ImportSite& site : im.reported)
      any = any || site.spec->module == "@ai-sdk/anthropic";
    vercel_anthropic = any;
  }
  auto url_for = [&](BaseValue b) {
    return b == BaseValue::Root && !vercel_anthropic ? ctx.target.root() : ctx.target.url;
  };
  const size_t n = v.t.size();
  for (size_t k = 0; k < n; ++k) {
    // `const { X } = process.env` / `{ X: x } = process.env`: the binding
    // gains a JS pattern default, `{ X = "T" }` / `{ X: x = "T" }` (it applies
    // when the value is undefined, as an unset variable's is). The rename
    // makes the first `{ B: X = "T" }` (engine/meaning.h). A nested pattern
    // (`{ X: { … } }`) cannot hold a string and is left alone.
    if (BaseValue base{}; lang == Language::JavaScript && v.ident(k) &&
                          is_base_source(v.at(k), base) && destructured_from_env(v.s, v.t, k)) {
      size_t binding = k;
      if (v.at(k + 1) == ":") {
        if (!v.ident(k + 2)) continue;
        binding = k + 2;
      }
      if (v.at(binding + 1) == "=") continue;  // a default of its own
      char q = js_quote(v);
      out.push_back({v.t[binding].end, v.t[binding].end,
                     fmt::format(" = {}{}{}", q, url_for(base), q), ctx.rule});
      continue;
    }
    if (v.at(k) == (lang == Language::Python ? "os" : "process") && v.ident(k) &&
        (k == 0 || v.at(k - 1) != ".")) {
      BaseValue base{};
      if (lang == Language::Python) {
        size_t open = 0;
        if (v.at(k + 1) == "." && v.at(k + 2) == "getenv" && v.at(k + 3) == "(") open = k + 3;
        if (v.at(k + 1) == "." && v.at(k + 2) == "environ" && v.at(k + 3) == "." &&
            v.at(k + 4) == "get" && v.at(k + 5) == "(")
          open = k + 5;
        if (open == 0 || !v.str(open + 1) || v.at(open + 2) != ")") continue;
        std::string_view name = string_body(v.s, v.t[open + 1]);
        if (!is_base_source(name, base)) continue;
        std::string_view next = v.at(open + 3);
        if (next == "or" || next == "if") continue;  // a default of its own
        char q = v.s[v.t[open + 1].end - 1];
        out.push_back({v.t[open + 2].begin, v.t[open + 2].begin,
                       fmt::format(", {}{}{}", q, url_for(base), q), ctx.rule});
      } else {
        if (v.at(k + 1) != "." || v.at(k + 2) != "env") continue;
        size_t last = 0;
        std::string_view name;
        if (v.at(k + 3) == "." && v.ident(k + 4)) {
          last = k + 4;
          name = v.at(k + 4);
        } else if (v.at(k + 3) == "[" && v.str(k + 4) && v.at(k + 5) == "]") {
          last = k + 5;
          name = string_body(v.s, v.t[k + 4]);
        } else {
          continue;
        }
        if (!is_base_source(name, base)) continue;
        std::string_view prev = k > 0 ? v.at(k - 1) : "";
        std::string_view prev2 = k > 1 ? v.at(k - 2) : "";
        bool alone_before =
            prev == ":" || prev == "(" || prev == "," || prev == "return" || prev == "[" ||
            (prev == "=" && prev2 != "=" && prev2 != "!" && prev2 != "<" && prev2 != ">");
        bool alone_after = last + 1 >= n || v.t[last + 1].line_start;
        std::string_view next = v.at(last + 1);
        alone_after =
            alone_after || next == "," || next == ")" || next == "}" || next == "]" || next == ";";
        if (!alone_before || !alone_after) continue;
        char q = js_quote(v);
        out.push_back({v.t[last].end, v.t[last].end, fmt::format(" ?? {}{}{}", q, url_for(base), q),
                       ctx.rule});
      }
    }
  }
}

// Vercel AI's default provider (`import { openai } from "@ai-sdk/openai"`)
// reads OPENAI_API_KEY and calls OpenAI (docs/behaviour.md §5.2). The import
// becomes the factory and a same-named instance is made from it right after
// the import statement, so every call site (`openai("gpt-4o")`,
// `openai.embedding(…)`) stays as it is:
//   import { createOpenAI } from "@ai-sdk/openai";
//   const openai = createOpenAI({ baseURL: process.env.B ?? "T", apiKey: process.env.K });
void default_provider(const View& v, const Imports& im, const ImportSite& site,
                      const CallContext& ctx, CallEdits& out) {
  const ClientSpec& spec = *site.spec;
  std::string_view written = v.s.substr(site.begin, site.end - site.begin);
  if (spec.factory.empty() || site.statement_end == 0) {
    out.findings.push_back(
        {site.begin, site.end, ctx.rule, Severity::Warning,
         fmt::format("{} {}", written, expand_target(std::string(spec.fix), ctx.target))});
    out.clients.push_back({site.begin, site.end, &spec, SeenState::Unfixed, false, false});
    return;
  }
  // The factory may already be imported (under its own or another name).
  std::string factory_local;
  for (const auto& [local, specs] : im.names)
    for (const ClientSpec* s : specs)
      if (s->module == spec.module && s->name == spec.factory) factory_local = local;
  // The factory's own name, bound here to something else (another module's
  // createOpenAI, a local one), would clash with the import the fix adds:
  // reported with the fix instead (docs/behaviour.md §5.2).
  bool name_taken = false;
  for (size_t i = 0; factory_local.empty() && i < v.t.size() && !name_taken; ++i)
    name_taken = v.ident(i) && v.at(i) == spec.factory;
  char q = js_quote(v);
  std::string url = spec.base == BaseValue::Root ? ctx.target.root() : ctx.target.url;
  const std::string& base_env =
      spec.base == BaseValue::Root ? ctx.target.anthropic_base_env : ctx.target.base_env;
  if (name_taken) {
    out.findings.push_back(
        {site.begin, site.end, ctx.rule, Severity::Warning,
         fmt::format("the default provider {} calls the old provider and {} already names "
                     "something else in this file, so it cannot be imported here: import {} "
                     "from {} under another name F and make {} = F({{ {}: {}, {}: {} }})",
                     written, spec.factory, spec.factory, spec.module, site.local, spec.base_arg,
                     js_base_value(base_env, url, q, ctx.js_env), spec.key_arg,
                     js_env(ctx.target.key_env, q,
                            ctx.js_env == JsEnv::None ? JsEnv::Process : ctx.js_env))});
    out.clients.push_back({site.begin, site.end, &spec, SeenState::Unfixed, false, false});
    return;
  }
  if (factory_local.empty()) {
    out.edits.push_back({site.begin, site.end, std::string(spec.factory), ctx.rule});
    factory_local = spec.factory;
  } else {
    // Drop the default provider from the list: `{ openai, createOpenAI }`.
    size_t b = site.begin, e = site.end;
    size_t after = v.s.find_first_not_of(" \t\r\n", e);
    if (after != std::string_view::npos && v.s[after] == ',') {
      e = v.s.find_first_not_of(" \t\r\n", after + 1);
    } else {
      size_t before = b == 0 ? std::string_view::npos : v.s.find_last_not_of(" \t\r\n", b - 1);
      if (before != std::string_view::npos && v.s[before] == ',') b = before;
    }
    out.edits.push_back({b, e, "", ctx.rule});
  }
  std::string instance = fmt::format(
      "{}const {} = {}({{ {}: {}, {}: {} }}){}", eol_at(v.s, site.statement_end), site.local,
      factory_local, spec.base_arg, js_base_value(base_env, url, q, ctx.js_env), spec.key_arg,
      js_env(ctx.target.key_env, q, ctx.js_env == JsEnv::None ? JsEnv::Process : ctx.js_env),
      site.semicolon ? ";" : "");
  out.edits.push_back({site.statement_end, site.statement_end, instance, ctx.rule});
  out.clients.push_back({site.begin, site.end, &spec, SeenState::Fixed, false, false});
}

}  // namespace

bool CallContext::quiet_at(std::string_view text, size_t offset) const {
  if (quiet.empty()) return false;
  size_t line = static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n')) + 1;
  return std::find(quiet.begin(), quiet.end(), line) != quiet.end();
}

CallEdits client_calls(std::string_view text, const std::vector<Token>& tokens,
                       const Imports& imports, Language language, const CallContext& ctx) {
  View v{text, tokens};
  CallEdits out = Calls(v, imports, language, ctx).run();
  if (ctx.mode == CallMode::Legacy) return out;
  if (language == Language::Python) {
    ModuleSigns signs = module_signs(text, tokens, imports);
    if (ctx.module_signs) signs |= *ctx.module_signs;
    module_config(text, tokens, imports, signs, ctx, out);
  }
  base_url_defaults(v, imports, language, ctx, out.edits);
  // A default provider on a `holymigrate: ignore` line is left alone whole:
  // its instance line would otherwise be written on every run. One statement
  // naming the provider twice (`import { openai, x-openai }`, not valid JS)
  // gets one instance line (fuzz_scan run 10).
  for (const ImportSite& site : imports.reported) {
    if (ctx.quiet_at(text, site.begin)) continue;
    CallEdits one;
    default_provider(v, imports, site, ctx, one);
    for (Edit& e : one.edits) {
      bool again =
          e.begin == e.end && std::any_of(out.edits.begin(), out.edits.end(), [&](const Edit& o) {
            return o.begin == e.begin && o.end == e.end && o.replacement == e.replacement;
          });
      if (!again) out.edits.push_back(std::move(e));
    }
    for (Finding& f : one.findings) out.findings.push_back(std::move(f));
    for (SeenClient& c : one.clients) out.clients.push_back(std::move(c));
  }
  return out;
}

size_t python_import_position(std::string_view text, const std::vector<Token>& tokens) {
  View v{text, tokens};
  size_t k = 0;
  auto next_statement = [&](size_t i) {
    int depth = 0;
    for (++i; i < tokens.size(); ++i) {
      std::string_view w = v.at(i);
      if (depth == 0 && tokens[i].line_start) break;
      if (w == "(" || w == "[" || w == "{") ++depth;
      if (w == ")" || w == "]" || w == "}") --depth;
    }
    return i;
  };
  if (v.str(0)) k = next_statement(0);  // the module docstring
  while (v.at(k) == "from" && v.at(k + 1) == "__future__") k = next_statement(k);
  if (k >= tokens.size()) return text.size();
  size_t b = text.rfind('\n', tokens[k].begin == 0 ? 0 : tokens[k].begin - 1);
  if (b != std::string_view::npos && tokens[k].begin > 0) return b + 1;
  return text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // after a BOM, never before it
}

}  // namespace holymigrate

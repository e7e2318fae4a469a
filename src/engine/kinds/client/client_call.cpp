#include "engine/kinds/client/client_call.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

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
  std::string unreadable;         // the reason, when not empty
  size_t insert_token = 0;        // insert before this token...
  bool empty = false;             // ...or, when there is nothing, after it
  bool js_bare = false;           // JS: no options object at all
};

Args python_args(const View& v, size_t open, size_t close) {
  Args a;
  std::vector<size_t> it = items(v, open, close);
  a.empty = it.empty();
  a.insert_token = a.empty ? open : it.front();
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
    } else if (v.ident(e)) {
      a.names.emplace(v.at(e));
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

// `process.env.NAME`, or `process.env["NAME"]` when NAME is not a JS identifier.
std::string js_env(const std::string& name, char q) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
               std::all_of(name.begin(), name.end(), [](char c) {
                 return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
               });
  return plain ? "process.env." + name : fmt::format("process.env[{}{}{}]", q, name, q);
}

class Calls {
 public:
  Calls(const View& v, const Imports& im, Language lang, const CallContext& ctx)
      : v_(v), im_(im), lang_(lang), ctx_(ctx) {}

  CallEdits run() {
    for (size_t k = 0; k + 1 < v_.t.size(); ++k) {
      if (!v_.ident(k) || v_.at(k + 1) != "(") continue;
      size_t first = k;
      while (first >= 2 && v_.at(first - 1) == "." && v_.ident(first - 2)) first -= 2;
      std::string_view before = first > 0 ? v_.at(first - 1) : "";
      if (before == "." || before == "def" || before == "class" || before == "function") continue;
      bool is_new = before == "new";
      const ClientSpec* spec = lookup(first, k, is_new);
      if (!spec) continue;
      if (!ctx_.quiet.empty()) {
        size_t line = static_cast<size_t>(std::count(v_.s.begin(), v_.s.begin() + static_cast<long>(v_.t[k].begin), '\n')) + 1;
        if (std::find(ctx_.quiet.begin(), ctx_.quiet.end(), line) != ctx_.quiet.end()) continue;
      }
      call(*spec, is_new && first > 0 ? first - 1 : first, first, k);
    }
    return std::move(out_);
  }

 private:
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

  void call(const ClientSpec& spec, size_t start, size_t first, size_t last) {
    size_t open = last + 1;
    size_t close = matching_close(v_.s, v_.t, open);
    std::string callee;
    for (size_t i = first; i <= last; ++i) callee += v_.at(i);
    if (is_new_spec(spec)) callee = "new " + callee;
    size_t b = v_.t[start].begin;
    size_t e = close < v_.t.size() ? v_.t[close].end : v_.t[open].end;
    bool py = lang_ == Language::Python;
    std::string url = spec.base == BaseValue::Root ? ctx_.target.root() : ctx_.target.url;
    const std::string& base_env =
        spec.base == BaseValue::Root ? ctx_.target.anthropic_base_env : ctx_.target.base_env;
    std::string base_text, key_text;
    if (!py && !quote_) quote_ = js_quote(v_);  // once per file, not per call
    char q = py ? '"' : quote_;
    if (!spec.base_arg.empty()) {
      // The SDK's own behaviour (docs/behaviour.md §5.1): read the base-URL
      // variable, fall back to the target, so a proxy set in the environment wins.
      base_text = py ? fmt::format("{}=os.environ.get(\"{}\", \"{}\")", spec.base_arg, base_env, url)
                     : fmt::format("{}: {} ?? {}{}{}", spec.base_arg, js_env(base_env, q), q, url, q);
      key_text = py ? fmt::format("{}=os.environ.get(\"{}\")", spec.key_arg, ctx_.target.key_env)
                    : fmt::format("{}: {}", spec.key_arg, js_env(ctx_.target.key_env, q));
    }
    if (spec.base_arg.empty()) {  // report-only
      if (close < v_.t.size()) {
        for (size_t i = open + 1; i < close; ++i) {
          std::string_view w = v_.str(i) ? string_body(v_.s, v_.t[i]) : v_.at(i);
          if (std::find(spec.base_aliases.begin(), spec.base_aliases.end(), w) !=
              spec.base_aliases.end())
            return;
        }
      }
      finding(b, e, fmt::format("{}(…) {}", callee, expand_target(std::string(spec.fix), ctx_.target)));
      return;
    }
    if (close >= v_.t.size()) {
      finding(b, e, fmt::format("{}( has unbalanced brackets and cannot be edited: pass {} and {}",
                                callee, base_text, key_text));
      return;
    }
    Args a = py ? python_args(v_, open, close) : js_args(v_, open, close);
    bool has_base = given(a, spec.base_arg, spec.base_aliases);
    bool has_key = given(a, spec.key_arg, spec.key_aliases);
    std::vector<std::string> add;
    if (!has_base) add.push_back(base_text);
    if (!has_key) add.push_back(key_text);
    if (add.empty()) return;
    if (!a.unreadable.empty()) {
      std::string what = add.size() == 2 ? add[0] + " and " + add[1] : add[0];
      std::string where = py ? "" : " in its options object";
      finding(b, e, fmt::format("{}(…) cannot be edited safely ({}); unless it already does, "
                                "pass {}{}",
                                callee, a.unreadable, what, where));
      return;
    }
    insert(a, add, py);
  }

  bool is_new_spec(const ClientSpec& spec) const { return spec.construct == Construct::New; }

  void insert(const Args& a, const std::vector<std::string>& add, bool reads_os) {
    const Token& at = v_.t[a.insert_token];
    std::string text;
    size_t pos;
    std::string joined = add[0] + (add.size() > 1 ? ", " + add[1] : "");
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
    out_.edits.push_back({pos, pos, text, ctx_.rule});
    out_.needs_os = out_.needs_os || reads_os;
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
    for (const ImportSite& site : im.reported) any = any || site.spec->module == "@ai-sdk/anthropic";
    vercel_anthropic = any;
  }
  auto url_for = [&](BaseValue b) {
    return b == BaseValue::Root && !vercel_anthropic ? ctx.target.root() : ctx.target.url;
  };
  const size_t n = v.t.size();
  for (size_t k = 0; k < n; ++k) {
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
        alone_after = alone_after || next == "," || next == ")" || next == "}" || next == "]" ||
                      next == ";";
        if (!alone_before || !alone_after) continue;
        char q = js_quote(v);
        out.push_back({v.t[last].end, v.t[last].end,
                       fmt::format(" ?? {}{}{}", q, url_for(base), q), ctx.rule});
      }
    }
  }
}

}  // namespace

CallEdits client_calls(std::string_view text, const std::vector<Token>& tokens,
                       const Imports& imports, Language language, const CallContext& ctx) {
  View v{text, tokens};
  CallEdits out = Calls(v, imports, language, ctx).run();
  base_url_defaults(v, imports, language, ctx, out.edits);
  for (const ImportSite& site : imports.reported) {
    out.findings.push_back({site.begin, site.end, ctx.rule, Severity::Warning,
                            fmt::format("{} {}", text.substr(site.begin, site.end - site.begin),
                                        expand_target(std::string(site.spec->fix), ctx.target))});
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

void other_language_calls(std::string_view text, const std::vector<Token>& tokens,
                          std::string_view extension, const CallContext& ctx,
                          std::vector<Finding>& out) {
  View v{text, tokens};
  for (const OtherClientSpec& spec : other_client_specs()) {
    if (std::find(spec.extensions.begin(), spec.extensions.end(), extension) ==
        spec.extensions.end())
      continue;
    if (!spec.marker.empty() && text.find(spec.marker) == std::string_view::npos) continue;
    const size_t n = spec.call.size();
    for (size_t k = 0; k + n <= tokens.size(); ++k) {
      bool hit = true;
      for (size_t j = 0; j < n && hit; ++j) hit = v.at(k + j) == spec.call[j];
      if (!hit) continue;
      std::string_view before = k > 0 ? v.at(k - 1) : "";
      if (before == "." || before == ":") continue;  // reqwest::Client::new(), a.OpenAI::…
      size_t last = k + n - 1, end = tokens[last].end;
      bool explicit_arg = false;
      if (v.at(last + 1) == "(") {
        size_t close = matching_close(text, tokens, last + 1);
        end = close < tokens.size() ? tokens[close].end : tokens[last + 1].end;
        for (size_t i = last + 2; i < close && i < tokens.size(); ++i)
          explicit_arg = explicit_arg || v.at(i) == spec.unless_arg;
      } else {  // Ruby: arguments without parentheses run to the end of the line
        for (size_t i = last + 1; i < tokens.size() && !tokens[i].line_start; ++i)
          explicit_arg = explicit_arg || v.at(i) == spec.unless_arg;
      }
      if (explicit_arg && !spec.unless_arg.empty()) continue;
      std::string callee(text.substr(tokens[k].begin, end - tokens[k].begin));
      if (callee.size() > 60 || callee.find('\n') != std::string::npos)
        callee = std::string(text.substr(tokens[k].begin, tokens[last].end - tokens[k].begin)) + "(…)";
      out.push_back({tokens[k].begin, end, ctx.rule, Severity::Warning,
                     fmt::format("{} {}", callee, expand_target(std::string(spec.fix), ctx.target))});
    }
  }
}

}  // namespace holymigrate

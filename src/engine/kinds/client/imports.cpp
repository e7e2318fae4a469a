#include "engine/kinds/client/imports.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace holymigrate {
namespace {

bool is_anthropic(std::string_view module, Language language) {
  std::string_view root = language == Language::Python ? "anthropic" : "@anthropic-ai/sdk";
  return module == root || (module.starts_with(root) &&
                            module[root.size()] == (language == Language::Python ? '.' : '/'));
}

// The package a JS import specifier names (the same packages
// through other specifiers): `npm:openai@4`, `jsr:@openai/openai`, Deno and
// esm CDN URLs (`https://esm.sh/openai@4.20.1`, `https://cdn.jsdelivr.net/npm/
// @anthropic-ai/sdk@0.20/+esm`, `https://deno.land/x/openai@v4.24.0/mod.ts`)
// -> "openai", "@anthropic-ai/sdk". A plain specifier is returned as it is.
std::string js_package(std::string_view spec) {
  // CDN prefixes whose next path segment(s) name an npm package.
  static const std::string_view kCdn[] = {
      "https://esm.sh/",
      "https://cdn.esm.sh/",
      "https://cdn.jsdelivr.net/npm/",
      "https://unpkg.com/",
      "https://cdn.skypack.dev/",
      "https://esm.run/",
      "https://deno.land/x/",
      "https://jspm.dev/",
      "https://ga.jspm.io/npm:",
      "npm:",
      "jsr:",
  };
  // JSR publishes the SDKs under other scopes.
  static const std::pair<std::string_view, std::string_view> kJsr[] = {
      {"@openai/openai", "openai"}, {"@anthropic/sdk", "@anthropic-ai/sdk"}};
  std::string_view rest;
  bool found = false;
  for (std::string_view p : kCdn) {
    if (spec.starts_with(p)) {
      rest = spec.substr(p.size());
      found = true;
      break;
    }
  }
  if (!found) return std::string(spec);
  if (rest.starts_with("/")) rest.remove_prefix(1);  // npm:/openai
  // @scope/name or name, then an optional @version, then an optional /path.
  size_t name_end = 0;
  if (rest.starts_with("@")) {
    size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return std::string(spec);
    name_end = rest.find_first_of("@/?", slash + 1);
  } else {
    name_end = rest.find_first_of("@/?");
  }
  std::string name(rest.substr(0, name_end));
  for (const auto& [jsr, npm] : kJsr)
    if (name == jsr) return std::string(npm);
  // A subpath other than the entry point is another module (openai/resources).
  std::string_view tail = name_end == std::string_view::npos ? "" : rest.substr(name_end);
  if (tail.starts_with("@")) {
    size_t slash = tail.find('/');
    tail = slash == std::string_view::npos ? "" : tail.substr(slash);
  }
  if (!tail.empty() && tail != "/" && tail != "/+esm" && tail != "/mod.ts" &&
      !tail.starts_with("?"))
    return std::string(spec);
  return name;
}

class Reader {
 public:
  Reader(std::string_view text, const std::vector<Token>& tokens, Language language)
      : s_(text), t_(tokens), lang_(language) {}

  Imports run() {
    for (size_t i = 0; i < t_.size(); ++i) {
      std::string_view w = at(i);
      bool stmt_start = t_[i].line_start || (i > 0 && at(i - 1) == ";");
      if ((w == "def" || w == "class" || w == "function") && kind(i + 1) == TokenKind::Identifier)
        shadowed_.insert(std::string(at(i + 1)));
      if (lang_ == Language::Python && stmt_start && w == "import") python_import(i);
      if (lang_ == Language::Python && stmt_start && w == "from") python_from(i);
      if (lang_ == Language::JavaScript && w == "import" && at(i + 1) != "(" && at(i + 1) != ".")
        js_import(i);
      if (lang_ == Language::JavaScript && (w == "const" || w == "let" || w == "var"))
        js_require(i);
    }
    for (const std::string& name : shadowed_) out_.names.erase(name);
    return std::move(out_);
  }

 private:
  std::string_view at(size_t i) const { return i < t_.size() ? token_text(s_, t_[i]) : ""; }
  TokenKind kind(size_t i) const { return i < t_.size() ? t_[i].kind : TokenKind::Punct; }
  bool ident(size_t i) const { return kind(i) == TokenKind::Identifier; }
  bool at_column_0(size_t i) const {
    size_t b = t_[i].begin;
    return b == 0 || s_[b - 1] == '\n' || (b == 3 && s_.starts_with("\xEF\xBB\xBF"));
  }

  // a.b.c starting at i; advances i past it.
  std::string dotted(size_t& i) const {
    std::string name;
    while (at(i) == ".") name += at(i++);  // relative imports
    while (ident(i)) {
      name += at(i++);
      if (at(i) != "." || !ident(i + 1)) break;
      name += at(i++);
    }
    return name;
  }

  // `statement_end`: the last token of the import statement (its `;` when it has one).
  void bind(std::string_view module, std::string_view name, std::string_view local, size_t b,
            size_t e, size_t statement_end = 0) {
    std::vector<const ClientSpec*> specs = specs_for(module, name, lang_);
    if (specs.empty()) {
      shadowed_.insert(std::string(local));
      return;
    }
    for (const ClientSpec* spec : specs) {
      if (spec->report_import) {
        ImportSite site{t_[b].begin, t_[e].end, spec, std::string(local), 0, false};
        if (statement_end != 0) {
          site.statement_end = t_[statement_end].end;
          site.semicolon = at(statement_end) == ";";
        }
        out_.reported.push_back(std::move(site));
      } else {
        out_.names[std::string(local)].push_back(spec);
      }
    }
  }

  void note_anthropic(std::string_view module, size_t first, size_t last) {
    if (is_anthropic(module, lang_))
      out_.anthropic.push_back({t_[first].begin, t_[last].end, nullptr, {}, 0, false});
  }

  void python_import(size_t i) {
    size_t j = i + 1;
    while (ident(j)) {
      std::string module = dotted(j);
      std::string local = module;
      if (at(j) == "as" && ident(j + 1)) {
        local = at(j + 1);
        j += 2;
      } else if (module == "os" && at_column_0(i)) {
        out_.binds_os = true;  // only a module-level import binds os for module-level calls
      }
      out_.modules[local] = module;
      note_anthropic(module, i, j - 1);
      if (at(j) != "," || t_[j].line_start) break;
      ++j;
    }
  }

  void python_from(size_t i) {
    size_t j = i + 1;
    std::string module = dotted(j);
    if (module.empty() || at(j) != "import") return;
    note_anthropic(module, i, j - 1);
    ++j;
    if (at(j) == "*") {  // from openai import *: every client class of the module
      for (const ClientSpec& spec : client_specs())
        if (spec.language == lang_ && spec.module == module && !spec.report_import)
          out_.names[std::string(spec.name)].push_back(&spec);
      return;
    }
    bool paren = at(j) == "(";
    if (paren) ++j;
    while (j < t_.size() && ident(j) && (paren || !t_[j].line_start)) {
      size_t name_at = j;
      std::string_view name = at(j++), local = name;
      if (at(j) == "as" && ident(j + 1)) {
        local = at(j + 1);
        j += 2;
      }
      bind(module, name, local, name_at, j - 1);
      if (at(j) != ",") break;
      ++j;
    }
  }

  // import X, { a as b, type c } from "m"; import * as ns from "m"; import "m"
  void js_import(size_t i) {
    size_t j = i + 1;
    if (at(j) == "type" && (ident(j + 1) || at(j + 1) == "{")) return;  // types only
    struct Spec {
      std::string_view name, local;
      size_t b, e;
    };
    std::vector<Spec> specs;
    std::string_view ns;
    while (j < t_.size() && at(j) != "from" && kind(j) != TokenKind::String) {
      if (at(j) == "{") {
        for (++j; j < t_.size() && at(j) != "}"; ++j) {
          if (at(j) == "type" && ident(j + 1)) ++j;
          if (!ident(j) && kind(j) != TokenKind::String) continue;
          size_t b = j;
          std::string_view name = kind(j) == TokenKind::String ? string_body(s_, t_[j]) : at(j);
          std::string_view local = name;
          if (at(j + 1) == "as" && ident(j + 2)) local = at(j += 2);
          specs.push_back({name, local, b, j});
        }
      } else if (at(j) == "*" && at(j + 1) == "as" && ident(j + 2)) {
        ns = at(j += 2);
      } else if (ident(j)) {
        specs.push_back({"default", at(j), j, j});
      } else if (at(j) != ",") {
        return;  // not an import declaration we understand
      }
      ++j;
    }
    if (at(j) == "from") ++j;
    if (kind(j) != TokenKind::String) return;
    std::string module = js_package(string_body(s_, t_[j]));
    note_anthropic(module, i, j);
    if (!ns.empty()) out_.modules[std::string(ns)] = module;
    size_t end = at(j + 1) == ";" ? j + 1 : j;
    for (const Spec& sp : specs) bind(module, sp.name, sp.local, sp.b, sp.e, end);
  }

  // const X = require("m"); const { a, b: c } = require("m"); const X = require("m").a
  void js_require(size_t i) {
    size_t j = i + 1, pattern = j;
    if (at(j) == "{") {
      j = matching_close(s_, t_, j);
      if (j >= t_.size()) return;
    }
    ++j;
    if (at(j) != "=" || at(j + 1) != "require" || at(j + 2) != "(" ||
        kind(j + 3) != TokenKind::String || at(j + 4) != ")")
      return;
    std::string module = js_package(string_body(s_, t_[j + 3]));
    note_anthropic(module, i, j + 4);
    std::string_view member = at(j + 5) == "." && ident(j + 6) ? at(j + 6) : "";
    if (ident(pattern)) {
      if (member.empty()) {
        out_.modules[std::string(at(pattern))] = module;  // CommonJS: the module object
        bind(module, "default", at(pattern), pattern, pattern);
      } else {
        bind(module, member, at(pattern), pattern, pattern);
      }
      return;
    }
    size_t end = at(j + 5) == ";" ? j + 5 : j + 4;
    for (size_t k = pattern + 1; k < t_.size() && at(k) != "}"; ++k) {
      if (!ident(k)) continue;
      std::string_view name = at(k), local = name;
      size_t b = k;
      if (at(k + 1) == ":" && ident(k + 2)) local = at(k += 2);
      bind(module, name, local, b, k, end);
    }
  }

  std::string_view s_;
  const std::vector<Token>& t_;
  Language lang_;
  Imports out_;
  std::set<std::string, std::less<>> shadowed_;
};

}  // namespace

std::vector<const ClientSpec*> specs_for(std::string_view module, std::string_view name,
                                         Language language) {
  std::vector<const ClientSpec*> out;
  for (const ClientSpec& spec : client_specs()) {
    if (spec.language == language && spec.module == module && spec.name == name)
      out.push_back(&spec);
  }
  return out;
}

namespace {

bool ident_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

// The identifier that ends right before byte `end`: [begin, end).
size_t word_start(std::string_view text, size_t end) {
  while (end > 0 && ident_byte(text[end - 1])) --end;
  return end;
}

}  // namespace

ImportContext::ImportContext(std::string_view text, Language language)
    : text_(text), language_(language), budget_(8 * text.size() + 65536) {}

bool ImportContext::spend(size_t n) {
  if (n > budget_) {
    budget_ = 0;
    return false;
  }
  budget_ -= n;
  return true;
}

bool ImportContext::line_holds(size_t end, std::string_view what) {
  size_t line = end == 0 ? std::string_view::npos : text_.rfind('\n', end - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  return !spend(end - line) || text_.substr(line, end - line).find(what) != std::string_view::npos;
}

bool ImportContext::may_import(size_t at) {
  return language_ == Language::Python ? python(at) : javascript(at);
}

bool ImportContext::python(size_t at) {
  // Back to the start of the dotted name the module name is part of, over
  // blanks and line breaks around its dots (the reader takes `a .\n b`).
  // `comment` is set when a line break was crossed back into a line holding
  // `#` (a comment the lexer drops may sit between the tokens).
  bool comment = false;
  auto skip_back = [&](size_t k) {
    size_t from = k;
    while (k > 0 &&
           (std::isspace(static_cast<unsigned char>(text_[k - 1])) || text_[k - 1] == '\\'))
      --k;
    if (text_.substr(k, from - k).find('\n') != std::string_view::npos)
      comment = comment || line_holds(k, "#");
    return k;
  };
  size_t i = word_start(text_, at);
  size_t root = i;
  bool relative = false;
  for (;;) {
    if (!spend(1)) return true;
    size_t k = skip_back(i);
    if (comment) return true;
    if (k == 0 || text_[k - 1] != '.') break;
    while (k > 0 && text_[k - 1] == '.') --k;
    size_t d = skip_back(k);
    if (comment) return true;
    if (!spend(i - d)) return true;
    if (d == 0 || !ident_byte(text_[d - 1])) {  // `from .x`, `from ..x.y`: relative
      relative = true;
      i = k;
      break;
    }
    i = root = word_start(text_, d);
  }
  if (!python_context(i)) return false;
  if (budget_ == 0) return true;
  // What a relative import binds is the project's own; an absolute one
  // matters only under the root package of a known module.
  if (relative) return false;
  size_t root_end = root;
  while (root_end < text_.size() && ident_byte(text_[root_end])) ++root_end;
  std::string_view name = text_.substr(root, root_end - root);
  for (const ClientSpec& spec : client_specs()) {
    if (spec.language != Language::Python) continue;
    std::string_view m = spec.module;
    if (m.substr(0, m.find('.')) == name) return true;
  }
  return name == "anthropic";
}

// Whether the dotted name starting at byte `i` is preceded as in an import
// statement (imports.h).
bool ImportContext::python_context(size_t i) {
  // Back over what the lexer does not make tokens of.
  for (;;) {
    if (!spend(1)) return true;
    if (i == 0) return false;
    char c = text_[i - 1];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '"' || c == '\\') {
      --i;
      continue;
    }
    bool escaped_break = i >= 2 && text_[i - 2] == '\\' && (c == 'n' || c == 't' || c == 'r');
    if (c == '\n' || escaped_break) {
      i -= c == '\n' ? 1 : 2;
      // The line entered may end in a comment that hides the keyword.
      if (line_holds(i, "#")) return true;
      continue;
    }
    break;
  }
  char c = text_[i - 1];
  if (c == ',' || c == '(') return true;
  std::string_view word = text_.substr(word_start(text_, i), i - word_start(text_, i));
  // `import` after an escape (JSON "\nimport") still counts.
  return word.ends_with("import") || word.ends_with("from");
}

bool ImportContext::javascript(size_t at) {
  // Back to the opening quote: a module specifier holds no quote. One more
  // than kLongest bytes back is no module name we know, but is let through
  // rather than searched further.
  constexpr size_t kLongest = 256;
  size_t q = at;
  while (q > 0 && text_[q - 1] != '"' && text_[q - 1] != '\'' && text_[q - 1] != '`') {
    if (at - q > kLongest || !spend(1)) return true;
    --q;
  }
  if (q == 0) return false;
  if (!javascript_context(q)) return false;
  if (budget_ == 0) return true;
  // The string must name a known module (as the reader normalises it:
  // `npm:openai@4`, a CDN URL), the Anthropic SDK or one of its subpaths.
  size_t close = text_.find(text_[q - 1], at);
  if (close == std::string_view::npos || close - q > kLongest) return true;
  std::string_view body = text_.substr(q, close - q);
  if (body.find('\\') != std::string_view::npos || body.find("${") != std::string_view::npos)
    return true;  // escapes, substitutions: not compared
  std::string module = js_package(body);
  if (is_anthropic(module, Language::JavaScript)) return true;
  return std::any_of(client_specs().begin(), client_specs().end(), [&](const ClientSpec& spec) {
    return spec.language == Language::JavaScript && spec.module == module;
  });
}

// Whether the string whose opening quote ends at byte `q` is preceded as
// the module string of an import statement or a require() (imports.h).
bool ImportContext::javascript_context(size_t q) {
  size_t i = q - 1;  // the quote
  auto blank = [](char ch) {
    auto u = static_cast<unsigned char>(ch);
    // Control and non-ASCII bytes: whatever the lexer makes of them, they
    // are passed over (a yes at worst).
    return std::isspace(u) || u < 0x20 || u >= 0x80;
  };
  // A line break crossed back into a line holding `//`: a line comment the
  // lexer drops may end right before it, whatever its last character.
  auto line_comment_before = [&](size_t nl) { return line_holds(nl, "//"); };
  // False when the budget is spent or a line comment was crossed: a yes.
  auto skip_blanks = [&] {
    while (i > 0 && blank(text_[i - 1])) {
      if (!spend(1)) return false;
      --i;
      if (text_[i] == '\n' && line_comment_before(i)) return false;
    }
    return true;
  };
  // Right before the quote: `from`, `require (`.
  if (!skip_blanks()) return true;
  if (i == 0) return false;
  if (text_[i - 1] == '(') {
    --i;
    if (!skip_blanks()) return true;
    if (i > 0 && text_[i - 1] == '/') return true;
    return text_.substr(word_start(text_, i), i - word_start(text_, i)) == "require";
  }
  // Back over an import clause to its `import`.
  int depth = 0;  // inside `{…}`: anything goes but strings (`{ "}" as x }`)
  for (;;) {
    if (!spend(1)) return true;
    if (i == 0) return false;
    char ch = text_[i - 1];
    if (ch == '\n' && line_comment_before(i - 1)) return true;
    if (depth > 0) {
      if (ch == '"' || ch == '\'' || ch == '`') return true;
      depth += ch == '}' ? 1 : ch == '{' ? -1 : 0;
      --i;
      continue;
    }
    if (blank(ch) || ch == ',' || ch == '*') {
      --i;
      continue;
    }
    if (ch == '/') return true;  // a comment between the tokens
    if (ch == '}') {
      ++depth;
      --i;
      continue;
    }
    if (!ident_byte(ch)) return false;  // other punctuation, a string, a `{`
    size_t w = word_start(text_, i);
    std::string_view word = text_.substr(w, i - w);
    if (!spend(word.size())) return true;
    if (word == "import" || word == "from") return true;
    i = w;
  }
}

Imports find_imports(std::string_view text, const std::vector<Token>& tokens, Language language) {
  return Reader(text, tokens, language).run();
}

}  // namespace holymigrate

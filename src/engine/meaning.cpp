#include "engine/meaning.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/kinds/client/lexer.h"
#include "engine/kinds/client/notebook.h"
#include "util/file_format.h"
#include "util/yaml_stream.h"

namespace holymigrate {
namespace {

bool ident_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
bool identifier(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), ident_char);
}
// The rule ids of env renames, for the pass under way (set by keep_meaning).
thread_local const std::set<std::string, std::less<>>* rename_rules = nullptr;

// A rename of one environment variable to another.
bool is_rename(std::string_view text, const Edit& e) {
  return rename_rules && rename_rules->contains(e.rule) &&
         identifier(text.substr(e.begin, e.end - e.begin));
}
bool is_url_edit(std::string_view text, const Edit& e) {
  std::string_view s = text.substr(e.begin, std::min<size_t>(e.end - e.begin, 6));
  return s.starts_with("http") || s.starts_with("HTTP") || s.starts_with("ws");
}

Finding external(size_t begin, size_t end, std::string message) {
  Finding f;
  f.begin = begin;
  f.end = end;
  f.rule = "external-env";
  f.severity = Severity::Warning;
  f.message = std::move(message);
  return f;
}

// What a program outside the tree needs instead of a source name.
std::string needs(std::string_view name, const Target& t) {
  bool base =
      name.find("BASE") != std::string_view::npos || name.find("URL") != std::string_view::npos;
  return base ? fmt::format("its value must become {} (root {} for Anthropic clients)", t.url,
                            t.root())
              : fmt::format("its value must become the HolySheep key ({})", t.key_env);
}

class Pass {
 public:
  Pass(std::string_view text, const Target& target, FileResult& r)
      : text_(text), target_(target), r_(r) {}

  void drop(const Edit& e) { dropped_.push_back(&e - r_.edits.data()); }
  void add(Finding f) { added_.push_back(std::move(f)); }

  void finish() {
    std::sort(dropped_.begin(), dropped_.end());
    dropped_.erase(std::unique(dropped_.begin(), dropped_.end()), dropped_.end());
    for (auto it = dropped_.rbegin(); it != dropped_.rend(); ++it)
      r_.edits.erase(r_.edits.begin() + static_cast<std::ptrdiff_t>(*it));
    for (Finding& f : added_) r_.findings.push_back(std::move(f));
    std::stable_sort(r_.findings.begin(), r_.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  }

  std::string_view text_;
  const Target& target_;
  FileResult& r_;

 private:
  std::vector<size_t> dropped_;
  std::vector<Finding> added_;
};

bool punct(std::string_view text, const Token& t, std::string_view what) {
  return t.kind == TokenKind::Punct && token_text(text, t) == what;
}

// Where §4.3 reads code: the whole file, or one notebook code cell (its
// decoded source and the file offset of each of its bytes).
struct Code {
  std::string_view text;
  const std::vector<size_t>* raw = nullptr;  // nullptr: `text` is the file
  bool shell_lines = false;  // lines starting with `!` or `%` are shell / magics (IPython)
};

// The offset in `code` of the file bytes [begin, end), or npos when they are
// not (all, unescaped) in it.
size_t code_offset(const Code& code, size_t begin, size_t end) {
  if (!code.raw) return begin;
  const std::vector<size_t>& raw = *code.raw;
  auto it = std::lower_bound(raw.begin(), raw.end() - 1, begin);
  if (it == raw.end() - 1 || *it != begin) return std::string_view::npos;
  size_t at = static_cast<size_t>(it - raw.begin());
  size_t n = end - begin;
  if (at + n > code.text.size() || raw[at + n - 1] + 1 != end) return std::string_view::npos;
  return at;
}

// IPython: a line that starts with `!` (shell) or `%` (a line magic, such as
// `%env OPENAI_API_KEY=…`) is not Python.
bool shell_line(std::string_view code, size_t at) {
  size_t start = code.rfind('\n', at);
  start = start == std::string_view::npos ? 0 : start + 1;
  size_t first = code.find_first_not_of(" \t", start);
  return first < at && (code[first] == '!' || code[first] == '%');
}

// §4.3: in code, renames only in strings, comments and `env.X`.
void identifiers(Pass& p, Language lang, const Code& code) {
  bool any = std::any_of(p.r_.edits.begin(), p.r_.edits.end(),
                         [&](const Edit& e) { return is_rename(p.text_, e); });
  if (!any) return;
  const std::string_view text = code.text;
  Lexed lexed = lex(text, lang);
  const std::vector<Token>& toks = lexed.tokens;
  for (Edit& e : p.r_.edits) {
    if (!is_rename(p.text_, e)) continue;
    const size_t begin = code_offset(code, e.begin, e.end);
    if (begin == std::string_view::npos) continue;  // not in this cell
    const size_t end = begin + (e.end - e.begin);
    if (code.shell_lines && shell_line(text, begin)) continue;
    auto it = std::upper_bound(toks.begin(), toks.end(), begin,
                               [](size_t at, const Token& t) { return at < t.begin; });
    if (it == toks.begin()) continue;  // before every token: a comment
    const Token& t = *(it - 1);
    if (begin >= t.end) continue;                   // between tokens: a comment
    if (t.kind != TokenKind::Identifier) continue;  // a string form
    size_t i = static_cast<size_t>(it - 1 - toks.begin());
    // `env.X` / `env?.X` (process.env, import.meta.env, Deno-style objects).
    size_t j = i;
    while (j > 0 && toks[j - 1].kind == TokenKind::Punct &&
           (token_text(text, toks[j - 1]) == "." || token_text(text, toks[j - 1]) == "?") &&
           i - j < 2)
      --j;
    if (j < i && j > 0 && token_text(text, toks[j - 1]) == "env") continue;
    // `const { X } = process.env`: the key is the env read; the binding
    // keeps its name, so a shorthand key gets it spelled out
    // (`{ HOLYSHEEP_API_KEY: X }`; see edit.h renamed_name()).
    if (lang == Language::JavaScript && end == t.end && destructured_from_env(text, toks, i)) {
      const bool shorthand = i + 1 >= toks.size() || !punct(text, toks[i + 1], ":");
      if (shorthand) e.replacement += fmt::format(": {}", token_text(text, t));
      continue;
    }
    p.drop(e);
  }
}

// The cell magic a cell starts with (`%%writefile app.py` -> "writefile
// app.py"), or "" for none.
std::string_view cell_magic(std::string_view source) {
  size_t first = source.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || source.substr(first, 2) != "%%") return {};
  size_t eol = source.find('\n', first);
  std::string_view line =
      source.substr(first + 2, eol == std::string_view::npos ? eol : eol - first - 2);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line;
}

// §4.3 in notebooks: each code cell is read as Python, but for a cell magic
// that runs something else (`%%bash`, `%%writefile .env`), whose tokens are
// renamed as text, and for shell and magic lines.
void notebook_identifiers(Pass& p, const std::vector<NotebookCell>& cells) {
  for (const NotebookCell& cell : cells) {
    std::string_view magic = cell_magic(cell.source);
    if (!magic.empty()) {
      std::string_view name = magic.substr(0, magic.find(' '));
      bool python = name == "time" || name == "timeit" || name == "capture" || name == "prun" ||
                    name == "python" || name == "python3";
      if (name == "writefile") {
        std::string_view file = magic.substr(std::min(magic.size(), magic.rfind(' ') + 1));
        python = format_of(file) == FileFormat::Python;
      }
      if (!python) continue;
    }
    identifiers(p, Language::Python, {cell.source, &cell.raw, true});
  }
}

// The whole run of path characters around [begin, end).
std::string_view path_around(std::string_view text, size_t begin, size_t end) {
  auto path_char = [](char c) {
    return ident_char(c) || c == '/' || c == '-' || c == '.' || c == ':' || c == '+' || c == '@';
  };
  while (begin > 0 && path_char(text[begin - 1])) --begin;
  while (end < text.size() && path_char(text[end])) ++end;
  return text.substr(begin, end - begin);
}

// §4.6: a name that is a later segment of a path names a secret in a store.
void store_paths(Pass& p) {
  for (const Edit& e : p.r_.edits) {
    if (!is_rename(p.text_, e) || e.begin == 0 || p.text_[e.begin - 1] != '/') continue;
    std::string_view path = path_around(p.text_, e.begin, e.end);
    if (path.find("://") != std::string_view::npos) continue;  // a URL, not a store path
    std::string renamed(path);
    size_t at = e.begin - static_cast<size_t>(path.data() - p.text_.data());
    renamed.replace(at, e.end - e.begin, e.replacement);
    p.drop(e);
    p.add(external(e.begin, e.end,
                   fmt::format("{} names a secret in a store outside this tree, which still "
                               "holds it under this name: not renamed. To move it, create {} in "
                               "the store with the HolySheep key and change this path "
                               "(docs/behaviour.md §4.6)",
                               path, renamed)));
  }
}

// §5.6: `audience`, `aud`, `iss`, `issuer`, `$id`, `$schema` values keep their URL.
// Only the few bytes before each URL can hold its key, so only those are
// matched: a window of kLookBack bytes, not the whole line, or a minified
// one-line file with many URLs costs (URLs x line length).
void identifier_urls(Pass& p) {
  constexpr size_t kLookBack = 64;
  static const RE2 at_line_start(
      R"((?:^|[^A-Za-z0-9_])(?:audience|aud|iss|issuer|\$id|\$schema)["']?\s*(?::|=|=>)\s*["'`]?$)");
  // A window cut inside a line: the key must follow a character of the window.
  static const RE2 in_window(
      R"([^A-Za-z0-9_](?:audience|aud|iss|issuer|\$id|\$schema)["']?\s*(?::|=|=>)\s*["'`]?$)");
  for (const Edit& e : p.r_.edits) {
    if (!is_url_edit(p.text_, e)) continue;
    size_t from = e.begin > kLookBack ? e.begin - kLookBack : 0;
    std::string_view before = p.text_.substr(from, e.begin - from);
    size_t nl = before.rfind('\n');  // bounded by the window, not by the line
    bool line_start_in_window = nl != std::string_view::npos || from == 0;
    if (nl != std::string_view::npos) before.remove_prefix(nl + 1);
    if (RE2::PartialMatch(before, line_start_in_window ? at_line_start : in_window)) p.drop(e);
  }
}

bool inside(const Edit& e, const YamlNode& n) { return e.begin >= n.begin && e.end <= n.end; }

// §4.6: `uses:` steps' `with:` and `env:`.
void action_steps(Pass& p, const YamlNode& node) {
  if (node.is_mapping()) {
    const YamlNode* uses = node.get("uses");
    if (uses && uses->is_scalar()) {
      for (const char* part : {"with", "env"}) {
        const YamlNode* block = node.get(part);
        if (!block || !block->is_mapping()) continue;
        for (size_t i = 0; i + 1 < block->items.size(); i += 2) {
          const YamlNode& k = block->items[i];
          const YamlNode& v = block->items[i + 1];
          bool hit = false;
          for (const Edit& e : p.r_.edits) {
            if (!is_rename(p.text_, e) || !(inside(e, k) || inside(e, v))) continue;
            p.drop(e);
            hit = true;
          }
          if (!hit) continue;
          p.add(external(
              k.begin, k.end,
              fmt::format("`{}` in `{}:` of a step that runs {}, a program outside this tree "
                          "that reads its own names: not renamed; {} (docs/behaviour.md §4.6)",
                          k.value, part, uses->value,
                          needs(p.text_.substr(v.begin, v.end - v.begin), p.target_))));
        }
      }
    }
  }
  for (const YamlNode& c : node.items) action_steps(p, c);
}

// §5.6: notebook outputs are records. Their spans come from the notebook
// walker's one pass (`map`); a notebook it cannot map is read as YAML (JSON
// is YAML), which costs a whole outline of the file, base64 images and all.
void notebook_outputs(Pass& p, const std::optional<NotebookMap>& map) {
  if (p.r_.edits.empty()) return;
  if (map) {
    for (const auto& [begin, end] : map->outputs)
      for (const Edit& e : p.r_.edits)
        if (e.begin >= begin && e.end <= end) p.drop(e);
    return;
  }
  std::optional<std::vector<YamlNode>> docs = yaml_outline(p.text_);
  if (!docs || docs->empty()) return;
  const YamlNode* cells = (*docs)[0].get("cells");
  if (!cells || !cells->is_sequence()) return;
  for (const YamlNode& cell : cells->items) {
    const YamlNode* outputs = cell.get("outputs");
    if (!outputs) continue;
    for (const Edit& e : p.r_.edits)
      if (inside(e, *outputs)) p.drop(e);
  }
}

}  // namespace

void keep_meaning(std::string_view text, std::string_view path, const Target& target,
                  const std::set<std::string, std::less<>>& renames, FileResult& result) {
  if (path.empty() || result.edits.empty()) return;
  rename_rules = &renames;
  Pass p(text, target, result);
  FileFormat format = format_of(path);
  switch (format) {
    case FileFormat::Python:
      identifiers(p, Language::Python, {text});
      break;
    case FileFormat::JavaScript:
      identifiers(p, Language::JavaScript, {text});
      break;
    case FileFormat::CLike:
      identifiers(p, Language::CLike, {text});
      break;
    case FileFormat::Ruby:
      identifiers(p, Language::Ruby, {text});
      break;
    case FileFormat::Notebook: {
      std::optional<NotebookMap> map = notebook_map(text);
      notebook_outputs(p, map);
      if (map) notebook_identifiers(p, map->code_cells);
      break;
    }
    case FileFormat::Yaml:
      if (text.find("uses:") != std::string_view::npos) {
        if (std::optional<std::vector<YamlNode>> docs = yaml_outline(text))
          for (const YamlNode& d : *docs) action_steps(p, d);
      }
      break;
    default:
      break;
  }
  store_paths(p);
  identifier_urls(p);
  p.finish();
}

}  // namespace holymigrate

// Go clients (docs/behaviour.md §5.2): openai-go and anthropic-sdk-go get
// option.WithBaseURL(...) and option.WithAPIKey(...) as their first options;
// go-openai's NewClient(key) becomes NewClientWithConfig over DefaultConfig(key)
// with BaseURL set. Everything inserted is one expression, so it is valid
// wherever the call stands (a package-level var, a return, an argument).
//
// os.Getenv has no default, and cmp.Or needs go 1.22 while go-openai still
// allows go 1.18: the base URL reads B through a small func literal, which
// every Go version compiles. The text is laid out as gofmt lays it out.
#include <fmt/format.h>

#include <algorithm>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {
namespace {

// `func() string { if base := os.Getenv(B); base != "" { return base }; return T }()`
// as gofmt prints it, its body indented one tab more than `indent`.
std::string base_func(const CallSite& c, const std::string& indent) {
  std::string nl = c.eol();
  return fmt::format(
      "func() string {{{0}{1}\tif base := os.Getenv(\"{2}\"); base != \"\" {{{0}{1}\t\treturn "
      "base{0}{1}\t}}{0}{1}\treturn \"{3}\"{0}{1}}}()",
      nl, indent, c.base_env(), c.base_url());
}

struct GoImport {
  std::string alias;  // "" when none
  std::string path;
  size_t line_begin = 0, line_end = 0;  // the spec's line (end after its newline)
  int group = 0;                        // blank-line separated group in a block
};

struct GoImports {
  std::vector<GoImport> specs;
  size_t block_open = std::string_view::npos;  // `(` of the first import block
  size_t block_close = std::string_view::npos;
  size_t last_single_end = std::string_view::npos;  // after the last `import "x"` line
};

size_t line_begin_of(std::string_view s, size_t pos) {
  size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
  return b == std::string_view::npos || pos == 0 ? 0 : b + 1;
}

size_t line_end_of(std::string_view s, size_t pos) {
  size_t e = s.find('\n', pos);
  return e == std::string_view::npos ? s.size() : e + 1;
}

GoImports read_imports(std::string_view s, const std::vector<Token>& t) {
  GoImports out;
  auto text = [&](size_t i) { return i < t.size() ? token_text(s, t[i]) : std::string_view(); };
  for (size_t i = 0; i < t.size(); ++i) {
    if (text(i) != "import" || !t[i].line_start) continue;
    if (text(i + 1) == "(") {
      size_t close = matching_close(s, t, i + 1);
      if (close >= t.size()) break;
      if (out.block_open == std::string_view::npos) out.block_open = i + 1, out.block_close = close;
      int group = 0;
      size_t prev_line_end = t[i + 1].end;
      for (size_t j = i + 2; j < close; ++j) {
        if (t[j].kind != TokenKind::String) continue;
        GoImport spec;
        bool aliased =
            j > i + 2 && !t[j].line_start &&
            (t[j - 1].kind == TokenKind::Identifier || text(j - 1) == "." || text(j - 1) == "_");
        if (aliased) spec.alias = std::string(text(j - 1));
        spec.path = std::string(string_body(s, t[j]));
        size_t first = aliased ? j - 1 : j;
        spec.line_begin = line_begin_of(s, t[first].begin);
        spec.line_end = line_end_of(s, t[j].end);
        std::string_view gap = s.substr(prev_line_end, spec.line_begin - prev_line_end);
        if (gap.find_first_not_of(" \t\r\n") == std::string_view::npos &&
            std::count(gap.begin(), gap.end(), '\n') >= 1 && !out.specs.empty() &&
            out.specs.back().group == group && spec.line_begin > out.specs.back().line_end)
          ++group;
        spec.group = group;
        prev_line_end = spec.line_end;
        out.specs.push_back(spec);
      }
      i = close;
    } else if (t.size() > i + 1 && t[i + 1].kind == TokenKind::String) {
      GoImport spec{"", std::string(string_body(s, t[i + 1])), line_begin_of(s, t[i].begin),
                    line_end_of(s, t[i + 1].end), -1};
      out.specs.push_back(spec);
      out.last_single_end = spec.line_end;
    } else if (t.size() > i + 2 && t[i + 2].kind == TokenKind::String) {
      GoImport spec{std::string(text(i + 1)), std::string(string_body(s, t[i + 2])),
                    line_begin_of(s, t[i].begin), line_end_of(s, t[i + 2].end), -1};
      out.specs.push_back(spec);
      out.last_single_end = spec.line_end;
    }
  }
  return out;
}

bool is_std(std::string_view path) {
  std::string_view first = path.substr(0, path.find('/'));
  return first.find('.') == std::string_view::npos;
}

// The import path of the SDK the call belongs to (marker, maybe with /vN).
std::string sdk_path(const CallSite& c, const GoImports& im) {
  for (const GoImport& spec : im.specs) {
    if (!spec.path.starts_with(c.spec.marker)) continue;
    std::string_view rest = std::string_view(spec.path).substr(c.spec.marker.size());
    if (rest.empty()) return spec.path;
    if (rest.starts_with("/v") && rest.size() > 2 &&
        rest.find_first_not_of("0123456789", 2) == std::string_view::npos)
      return spec.path;  // a major version suffix: github.com/openai/openai-go/v3
  }
  return std::string(c.spec.marker);
}

// The local name of `path` when the file imports it, else "".
std::string local_name(const GoImports& im, std::string_view path) {
  for (const GoImport& spec : im.specs) {
    if (spec.path != path) continue;
    if (!spec.alias.empty()) return spec.alias == "_" || spec.alias == "." ? "" : spec.alias;
    return std::string(path.substr(path.rfind('/') + 1));
  }
  return "";
}

Fix options_fix(const CallSite& c) {
  Fix fix;
  if (c.close >= c.tokens.size()) return skip("unbalanced brackets");
  GoImports im = read_imports(c.text, c.tokens);
  std::string option_path = sdk_path(c, im) + "/option";
  std::string option = local_name(im, option_path);
  if (option.empty()) {
    option = "option";
    fix.imports.insert(option_path);
  }
  std::string os = local_name(im, "os");
  if (os.empty()) fix.imports.insert("os"), os = "os";
  bool has_key = false;
  for (size_t i = c.open + 1; i < c.close; ++i) {
    has_key = has_key || c.at(i) == "WithAPIKey";
    if (c.at(i) == "." && c.at(i + 1) == "." && c.at(i + 2) == ".")
      return skip("its options are a spread slice (opts...), which other options cannot join");
  }
  std::vector<size_t> items = top_level_items(c.text, c.tokens, c.open, c.close);
  bool per_line = !items.empty() && c.tokens[items.front()].line_start;
  size_t at = items.empty() ? c.tokens[c.open].end : c.tokens[items.front()].begin;
  std::string indent = c.indent_at(per_line ? at : c.tokens[c.first].begin);
  std::vector<std::string> add = {fmt::format("{}.WithBaseURL({})", option, base_func(c, indent))};
  if (!has_key)
    add.push_back(fmt::format("{}.WithAPIKey({}.Getenv(\"{}\"))", option, os, c.target.key_env));
  std::string text;
  for (const std::string& a : add) {
    if (per_line)
      text += a + "," + c.eol() + indent;
    else
      text += (text.empty() ? "" : ", ") + a;
  }
  if (!items.empty() && !per_line) text += ", ";
  fix.edits.push_back({at, at, text, {}});
  return fix;
}

Fix config_fix(const CallSite& c) {
  Fix fix;
  if (c.close >= c.tokens.size()) return skip("unbalanced brackets");
  if (top_level_items(c.text, c.tokens, c.open, c.close).size() != 1)
    return skip("it does not take exactly one argument");
  GoImports im = read_imports(c.text, c.tokens);
  std::string os = local_name(im, "os");
  if (os.empty()) fix.imports.insert("os"), os = "os";
  std::string pkg(c.at(c.first));
  std::string ind = c.indent_at(c.tokens[c.first].begin), nl = c.eol();
  fix.edits.push_back({c.tokens[c.last].begin,
                       c.tokens[c.open].end,
                       fmt::format("NewClientWithConfig(func() {0}.ClientConfig {{{1}{2}\tconfig "
                                   ":= {0}.DefaultConfig(",
                                   pkg, nl, ind),
                       {}});
  fix.edits.push_back(
      {c.tokens[c.close].begin,
       c.tokens[c.close].end,
       fmt::format(
           "){0}{1}\tconfig.BaseURL = \"{2}\"{0}{1}\tif base := {4}.Getenv(\"{3}\"); base != "
           "\"\" {{{0}{1}\t\tconfig.BaseURL = base{0}{1}\t}}{0}{1}\treturn config{0}{1}}}())",
           nl, ind, c.base_url(), c.base_env(), os),
       {}});
  return fix;
}

}  // namespace

std::string go_package_name(std::string_view text, const std::vector<Token>& tokens,
                            std::string_view path, std::string_view fallback) {
  for (const GoImport& spec : read_imports(text, tokens).specs) {
    if (!spec.path.starts_with(path)) continue;
    std::string_view rest = std::string_view(spec.path).substr(path.size());
    bool versioned = rest.starts_with("/v") && rest.size() > 2 &&
                     rest.find_first_not_of("0123456789", 2) == std::string_view::npos;
    if ((rest.empty() || versioned) && !spec.alias.empty() && spec.alias != "_" &&
        spec.alias != ".")
      return spec.alias;
  }
  return std::string(fallback);
}

Fix fix_go(const CallSite& c) {
  if (c.open == std::string_view::npos) return skip("not a client");  // a func value
  return c.spec.fixer == OtherFix::GoConfig ? config_fix(c) : options_fix(c);
}

std::vector<Edit> go_import_edits(std::string_view text, const std::vector<Token>& tokens,
                                  const std::set<std::string>& imports) {
  std::vector<Edit> out;
  if (imports.empty()) return out;
  GoImports im = read_imports(text, tokens);
  size_t nl = text.find('\n');
  std::string eol = nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
  for (const std::string& path : imports) {
    if (std::any_of(im.specs.begin(), im.specs.end(),
                    [&](const GoImport& s) { return s.path == path; }))
      continue;
    if (im.block_open == std::string_view::npos) {
      size_t at = im.last_single_end;
      if (at == std::string_view::npos) continue;  // the SDK import is there: cannot happen
      out.push_back({at, at, fmt::format("import \"{}\"{}", path, eol), {}});
      continue;
    }
    // The group it belongs to: std paths in the first all-std group, others
    // in the group of a path sharing its host, else a new group.
    std::vector<const GoImport*> block;
    for (const GoImport& s : im.specs)
      if (s.group >= 0) block.push_back(&s);
    int group = -1;
    for (const GoImport* s : block) {
      bool same = is_std(path) ? is_std(s->path)
                               : !is_std(s->path) && s->path.substr(0, s->path.find('/')) ==
                                                         path.substr(0, path.find('/'));
      if (same) {
        group = s->group;
        break;
      }
    }
    std::string line = fmt::format("\t\"{}\"{}", path, eol);
    if (group < 0) {
      // A new group: std first (before every spec), others last.
      if (block.empty()) {
        size_t at = tokens[im.block_open].end;
        out.push_back({at, at, eol + line, {}});
      } else if (is_std(path)) {
        out.push_back({block.front()->line_begin, block.front()->line_begin, line + eol, {}});
      } else {
        out.push_back({block.back()->line_end, block.back()->line_end, eol + line, {}});
      }
      continue;
    }
    size_t at = std::string_view::npos;
    for (const GoImport* s : block)
      if (s->group == group && s->path > path) {
        at = s->line_begin;
        break;
      }
    if (at == std::string_view::npos)
      for (const GoImport* s : block)
        if (s->group == group) at = s->line_end;
    out.push_back({at, at, line, {}});
  }
  return out;
}

}  // namespace holymigrate

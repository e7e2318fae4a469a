#include "engine/env_facts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>

#include "engine/kinds/client/lexer.h"
#include "engine/yaml_regions.h"
#include "util/file_format.h"
#include "util/text_search.h"
#include "util/yaml_stream.h"

namespace holymigrate {

namespace {

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool in(std::string_view x, std::initializer_list<std::string_view> l) {
  return std::find(l.begin(), l.end(), x) != l.end();
}

std::string_view extension(std::string_view name) {
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? "" : name.substr(dot);
}

// Files whose text is a program that runs from this tree: a mention there is
// the program reading the variable (meaning already dropped bare identifiers,
// docs/behaviour.md §4.3).
bool is_code(std::string_view path) {
  switch (format_of(path)) {
    case FileFormat::Python:
    case FileFormat::JavaScript:
    case FileFormat::CLike:
    case FileFormat::Ruby:
    case FileFormat::Notebook:
      return true;
    default:
      break;
  }
  std::string_view name = base_name(path);
  if (in(name, {"Makefile", "makefile", "GNUmakefile", "Justfile", "justfile"})) return true;
  return in(extension(name), {".php",   ".sh",    ".bash", ".zsh",   ".ps1",  ".vue", ".svelte",
                              ".astro", ".swift", ".dart", ".scala", ".ex",   ".exs", ".lua",
                              ".pl",    ".r",     ".R",    ".mk",    ".fish", ".cjs", ".kts"});
}

bool is_dockerfile(std::string_view name) {
  return name == "Dockerfile" || name.starts_with("Dockerfile.") || name == "Containerfile" ||
         name.ends_with(".dockerfile") || name.ends_with(".Dockerfile");
}

bool is_prose(std::string_view name) {
  return in(extension(name), {".md", ".mdx", ".txt", ".rst", ".adoc", ".html", ".htm"});
}

bool is_ci_yaml(std::string_view path) {
  std::string_view name = base_name(path);
  return path.starts_with(".github/") || path.find("/.github/") != std::string_view::npos ||
         path.starts_with(".circleci/") || path.find("/.circleci/") != std::string_view::npos ||
         in(name, {".gitlab-ci.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", ".drone.yml",
                   ".travis.yml", "cloudbuild.yaml", "cloudbuild.yml"});
}

// Keys whose value is a program's environment in deployment YAML: Kubernetes
// `env:`, compose `environment:`, the usual Helm values spellings.
size_t indent_of(std::string_view text, size_t line_begin) {
  size_t i = line_begin;
  while (i < text.size() && text[i] == ' ') ++i;
  return i - line_begin;
}

size_t line_begin_of(std::string_view text, size_t pos) {
  size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

size_t line_end_of(std::string_view text, size_t pos) {
  size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl;
}

// The line after the '\n' at `end` (`end` < text.size()): its bytes after
// the indentation, its indentation in spaces, and where it ends (its '\n' or
// the text's end), to step through the lines below a key.
struct NextLine {
  std::string_view content;
  size_t indent = 0;
  size_t end = 0;
};
NextLine line_after(std::string_view text, size_t end) {
  size_t b = end + 1;
  size_t ind = indent_of(text, b);
  size_t e = line_end_of(text, b);
  return {text.substr(b + ind, e - b - ind), ind, e};
}

// In a template, the `image:` beside the env key whose line starts at
// `key_line` (a sibling at its indentation, or the list item's first key):
// its value without quotes, "" when there is none.
std::string template_image(std::string_view text, size_t key_line) {
  const size_t ind = indent_of(text, key_line);
  auto image_in = [&](std::string_view l) -> std::optional<std::string> {
    if (!l.starts_with("image:")) return std::nullopt;
    std::string_view v = l.substr(6);
    size_t b = v.find_first_not_of(" \t"), e = v.find_last_not_of(" \t\r");
    if (b == std::string_view::npos) return std::string();
    v = v.substr(b, e - b + 1);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
      v = v.substr(1, v.size() - 2);
    return std::string(v);
  };
  // Up: siblings, then the item's `- ` line, which ends the search.
  for (size_t at = key_line; at > 0;) {
    size_t pb = line_begin_of(text, at - 1);
    at = pb;
    size_t pind = indent_of(text, pb);
    std::string_view pl = text.substr(pb + pind, line_end_of(text, pb) - pb - pind);
    if (pl.empty() || pl.starts_with("#") || pl.starts_with("{{") || pind > ind) continue;
    if (pind == ind) {
      if (auto i = image_in(pl)) return *i;
      continue;
    }
    if (pl.starts_with("- ") && pind + 2 == ind)
      if (auto i = image_in(pl.substr(2))) return *i;
    break;
  }
  // Down: siblings until the block ends.
  for (size_t at = line_end_of(text, key_line); at < text.size();) {
    auto [nl, nind, ne] = line_after(text, at);
    at = ne;
    if (nl.empty() || nl.starts_with("#") || nl.starts_with("{{") || nind > ind) continue;
    if (nind < ind || nl.starts_with("- ")) break;
    if (auto i = image_in(nl)) return *i;
  }
  return "";
}

// A YAML template that does not parse (Helm's `{{ }}`): a mention on a line
// `- name: X` whose list sits under an env key, or on a line `X: …` directly
// under one, is a container env entry; the entry runs on over the lines
// indented deeper (valueFrom, secretKeyRef). Written by hand because no YAML
// parser reads templates; the indentation is all there is to go on.
std::optional<YamlRegion> template_entry(std::string_view text, size_t pos) {
  size_t lb = line_begin_of(text, pos);
  size_t ind = indent_of(text, lb);
  std::string_view line = text.substr(lb + ind, line_end_of(text, lb) - lb - ind);
  const bool item = line.starts_with("- ");
  // The parent key: the nearest earlier non-blank line indented less (a list
  // item may sit at its parent's indentation).
  size_t at = lb;
  std::string_view parent;
  while (at > 0) {
    size_t pb = line_begin_of(text, at - 1);
    size_t pind = indent_of(text, pb);
    std::string_view pl = text.substr(pb + pind, line_end_of(text, pb) - pb - pind);
    at = pb;
    if (pl.empty() || pl.starts_with("#") || pl.starts_with("{{")) continue;
    if (pind < ind || (item && pind == ind && !pl.starts_with("- "))) {
      parent = pl;
      break;
    }
  }
  size_t colon = parent.find(':');
  if (colon == std::string_view::npos || !container_env_key(parent.substr(0, colon)))
    return std::nullopt;
  std::string image = template_image(text, at);
  size_t end = line_end_of(text, lb);
  while (end < text.size()) {
    size_t nb = end + 1;
    size_t ne = line_end_of(text, nb);
    std::string_view next = text.substr(nb, ne - nb);
    if (next.find_first_not_of(" \r") != std::string_view::npos && indent_of(text, nb) <= ind)
      break;
    end = ne;
  }
  ContainerOrigin origin = image_origin(image);
  return YamlRegion{lb + ind, end, EnvAccess::ContainerEnv,
                    origin == ContainerOrigin::Image ? image : "", origin};
}

const YamlRegion* region_at(const std::vector<YamlRegion>& regions, size_t pos) {
  const YamlRegion* best = nullptr;
  for (const YamlRegion& r : regions)
    if (r.begin <= pos && pos < r.end && (!best || r.end - r.begin < best->end - best->begin))
      best = &r;
  return best;
}

// "@ai-sdk/anthropic" when the only Anthropic library a JS file imports is
// Vercel's, whose base URL includes /v1 (docs/behaviour.md §5.1).
std::string code_detail(std::string_view path, std::string_view text) {
  if (format_of(path) != FileFormat::JavaScript &&
      !in(extension(base_name(path)), {".vue", ".svelte", ".astro"}))
    return {};
  if (text.find("@ai-sdk/anthropic") != std::string_view::npos &&
      text.find("@anthropic-ai/sdk") == std::string_view::npos &&
      text.find("@langchain/anthropic") == std::string_view::npos)
    return "@ai-sdk/anthropic";
  return {};
}

// NAME_ENDS_WITH_SOURCE: `name` is a source name, or one with a prefix
// ending in '_' (NUXT_PUBLIC_OPENAI_API_KEY).
bool derives_source(std::string_view name, const std::vector<std::string>& sources) {
  for (const std::string& s : sources) {
    if (name == s) return true;
    if (name.size() > s.size() && name.ends_with(s) && name[name.size() - s.size() - 1] == '_')
      return true;
  }
  return false;
}

// Nuxt: runtimeConfig.public.openai.apiKey <- NUXT_PUBLIC_OPENAI_API_KEY
// (each key upper-cased, camelCase split with '_').
std::string nuxt_segment(std::string_view key) {
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (std::isupper(static_cast<unsigned char>(c)) && i > 0 &&
        std::islower(static_cast<unsigned char>(key[i - 1])))
      out += '_';
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

void nuxt_object(std::string_view text, const std::vector<Token>& t, size_t open,
                 const std::string& env, const std::string& dotted,
                 const std::vector<std::string>& sources, std::vector<FrameworkReader>& out) {
  size_t close = matching_close(text, t, open);
  for (size_t i = open + 1; i < close && i + 1 < t.size(); ++i) {
    std::string_view tok = token_text(text, t[i]);
    bool key = (t[i].kind == TokenKind::Identifier || t[i].kind == TokenKind::String) &&
               token_text(text, t[i + 1]) == ":" &&
               (token_text(text, t[i - 1]) == "{" || token_text(text, t[i - 1]) == ",");
    if (!key) {
      if (tok == "{" || tok == "[" || tok == "(") i = matching_close(text, t, i);
      continue;
    }
    std::string_view name = t[i].kind == TokenKind::String ? string_body(text, t[i]) : tok;
    std::string child_env = env + "_" + nuxt_segment(name);
    std::string child_dotted =
        dotted.empty() ? std::string(name) : dotted + "." + std::string(name);
    if (i + 2 < close && token_text(text, t[i + 2]) == "{") {
      nuxt_object(text, t, i + 2, child_env, child_dotted, sources, out);
      i = matching_close(text, t, i + 2);
    } else if (derives_source(child_env, sources)) {
      out.push_back({child_env, t[i].begin, t[i].end, "Nuxt runtimeConfig " + child_dotted});
    }
  }
}

void nuxt_readers(std::string_view text, const std::vector<std::string>& sources,
                  std::vector<FrameworkReader>& out) {
  std::vector<Token> t = lex(text, Language::JavaScript).tokens;
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (token_text(text, t[i]) != "runtimeConfig" || token_text(text, t[i + 1]) != ":" ||
        token_text(text, t[i + 2]) != "{")
      continue;
    nuxt_object(text, t, i + 2, "NUXT", "", sources, out);
  }
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// pydantic-settings: a field `openai_api_key: str` of a class deriving from
// BaseSettings reads OPENAI_API_KEY (case-insensitively), after the class's
// env_prefix. A field with an alias reads the alias instead (a string the
// rename handles), so it is left out.
void pydantic_readers(std::string_view text, const std::vector<std::string>& sources,
                      std::vector<FrameworkReader>& out) {
  std::vector<Token> t = lex(text, Language::Python).tokens;
  auto col = [&](size_t i) { return t[i].begin - line_begin_of(text, t[i].begin); };
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (!t[i].line_start || token_text(text, t[i]) != "class" || token_text(text, t[i + 2]) != "(")
      continue;
    size_t close = matching_close(text, t, i + 2);
    bool settings = false;
    for (size_t j = i + 3; j < close && j < t.size(); ++j)
      settings = settings || token_text(text, t[j]) == "BaseSettings";
    if (!settings || close >= t.size()) continue;
    std::string cls(token_text(text, t[i + 1]));
    size_t class_col = col(i);
    size_t body = close + 2;  // past "):"
    size_t body_end = body;
    while (body_end < t.size() && !(t[body_end].line_start && col(body_end) <= class_col))
      ++body_end;
    std::string prefix;
    for (size_t j = body; j + 2 < body_end; ++j)
      if (token_text(text, t[j]) == "env_prefix" && token_text(text, t[j + 1]) == "=" &&
          t[j + 2].kind == TokenKind::String)
        prefix = std::string(string_body(text, t[j + 2]));
    size_t field_col = body < body_end ? col(body) : 0;
    for (size_t j = body; j + 1 < body_end; ++j) {
      if (!t[j].line_start || col(j) != field_col || t[j].kind != TokenKind::Identifier ||
          token_text(text, t[j + 1]) != ":")
        continue;
      size_t k = j + 2;
      bool alias = false;
      for (; k < body_end && !t[k].line_start; ++k)
        alias = alias || in(token_text(text, t[k]), {"alias", "validation_alias", "env"});
      std::string env = upper(prefix) + upper(token_text(text, t[j]));
      if (!alias && derives_source(env, sources))
        out.push_back(
            {env, t[j].begin, t[j].end,
             "pydantic-settings field " + cls + "." + std::string(token_text(text, t[j]))});
    }
    i = body_end - 1;
  }
}

// Spring relaxed binding: property openai.api.key is bound from OPENAI_API_KEY
// (upper case, '.' -> '_', '-' dropped). Keys are read from
// application*.properties (`key=value` lines) and application*.yml (the
// dotted path of each scalar).
std::string spring_env(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '-') continue;
    out += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

void spring_yaml(const YamlNode& node, const std::string& path,
                 const std::vector<std::string>& sources, std::vector<FrameworkReader>& out) {
  if (!node.is_mapping()) return;
  for (size_t i = 0; i + 1 < node.items.size(); i += 2) {
    const YamlNode& key = node.items[i];
    if (!key.is_scalar()) continue;
    std::string dotted = path.empty() ? key.value : path + "." + key.value;
    const YamlNode& value = node.items[i + 1];
    if (value.is_mapping()) {
      spring_yaml(value, dotted, sources, out);
    } else if (std::string env = spring_env(dotted); derives_source(env, sources)) {
      out.push_back({env, key.begin, key.end, "Spring property " + dotted});
    }
  }
}

void spring_readers(std::string_view name, std::string_view text,
                    const std::vector<std::string>& sources, std::vector<FrameworkReader>& out) {
  if (name.ends_with(".properties")) {
    for (size_t lb = 0; lb < text.size();) {
      size_t le = line_end_of(text, lb);
      std::string_view line = text.substr(lb, le - lb);
      size_t ws = line.find_first_not_of(" \t");
      size_t eq = line.find_first_of("=:");
      if (ws != std::string_view::npos && eq != std::string_view::npos && line[ws] != '#' &&
          line[ws] != '!') {
        std::string_view key = line.substr(ws, eq - ws);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
        if (std::string env = spring_env(key); derives_source(env, sources))
          out.push_back(
              {env, lb + ws, lb + ws + key.size(), "Spring property " + std::string(key)});
      }
      lb = le + 1;
    }
    return;
  }
  if (auto docs = yaml_outline(text))
    for (const YamlNode& doc : *docs) spring_yaml(doc, "", sources, out);
}

bool is_nuxt_config(std::string_view path) {
  return base_name(path).starts_with("nuxt.config.") && format_of(path) == FileFormat::JavaScript;
}

bool is_spring_config(std::string_view path) {
  std::string_view name = base_name(path);
  return (name.starts_with("application") || name.starts_with("bootstrap")) &&
         (name.ends_with(".properties") || format_of(path) == FileFormat::Yaml);
}

// An image name as written, without quotes; "" when it holds a variable or
// an expression.
std::string literal_image(std::string_view word) {
  while (!word.empty() && (word.front() == '"' || word.front() == '\'')) word.remove_prefix(1);
  while (!word.empty() &&
         (word.back() == '"' || word.back() == '\'' || word.back() == ',' || word.back() == '\r'))
    word.remove_suffix(1);
  if (word.empty() || word.find_first_of("${}()<> ") != std::string_view::npos) {
    // `acme/chat:$(TAG)`: the repository is still literal.
    size_t cut = word.find_first_of("${(");
    if (cut == std::string_view::npos || cut == 0 || word[cut - 1] != ':') return {};
    word = word.substr(0, cut - 1);
  }
  return std::string(word);
}

void command_line_images(std::string_view text, std::vector<std::string>& out) {
  for (std::string_view tool : {"docker ", "podman "}) {
    for (size_t at = find_fast(text, tool); at != std::string_view::npos;
         at = find_fast(text, tool, at + tool.size())) {
      size_t le = line_end_of(text, at);
      std::string_view line = text.substr(at + tool.size(), le - at - tool.size());
      size_t w = line.find_first_not_of(" \t");
      if (w == std::string_view::npos) continue;
      line = line.substr(w);
      if (line.starts_with("buildx ")) line = line.substr(line.find_first_not_of(" \t", 7));
      if (!line.starts_with("build ") && !line.starts_with("build\t")) continue;
      // The word after -t / --tag (or --tag=…), first one only.
      for (size_t i = 0; i < line.size();) {
        size_t b = line.find_first_not_of(" \t", i);
        if (b == std::string_view::npos) break;
        size_t e = line.find_first_of(" \t", b);
        if (e == std::string_view::npos) e = line.size();
        std::string_view word = line.substr(b, e - b);
        std::string_view value;
        if (word == "-t" || word == "--tag") {
          size_t vb = line.find_first_not_of(" \t", e);
          if (vb == std::string_view::npos) break;
          size_t ve = line.find_first_of(" \t", vb);
          value = line.substr(vb, (ve == std::string_view::npos ? line.size() : ve) - vb);
        } else if (word.starts_with("--tag=")) {
          value = word.substr(6);
        } else if (word.starts_with("-t") && word.size() > 2 && word[2] != '-') {
          value = word.substr(2);
        }
        if (!value.empty()) {
          if (std::string img = literal_image(value); !img.empty()) out.push_back(img);
          break;
        }
        i = e;
      }
    }
  }
}

void build_push_images(std::string_view text, std::vector<std::string>& out) {
  for (size_t at = find_fast(text, "docker/build-push-action"); at != std::string_view::npos;
       at = find_fast(text, "docker/build-push-action", at + 1)) {
    // The step runs on to the next `- ` item at or left of its own dash.
    size_t lb = line_begin_of(text, at);
    size_t step_indent = indent_of(text, lb);
    for (size_t pos = line_end_of(text, at); pos < text.size();) {
      auto [l, ind, ne] = line_after(text, pos);
      pos = ne;
      if (l.empty() || l.starts_with("#")) continue;
      if (ind <= step_indent) break;
      if (!l.starts_with("tags:")) continue;
      std::string_view v = l.substr(5);
      size_t vb = v.find_first_not_of(" \t");
      v = vb == std::string_view::npos ? std::string_view() : v.substr(vb);
      std::vector<std::string_view> words;
      if (v.starts_with("|") || v.starts_with(">") || v.empty()) {
        for (size_t q = pos; q < text.size();) {  // a block: the lines indented deeper
          auto [ql, qi, qe] = line_after(text, q);
          if (!ql.empty() && qi <= ind) break;
          if (ql.starts_with("- ")) ql = ql.substr(2);
          if (!ql.empty()) words.push_back(ql);
          q = qe;
        }
      } else {
        for (size_t c = 0; c <= v.size();) {
          size_t comma = v.find(',', c);
          if (comma == std::string_view::npos) comma = v.size();
          words.push_back(v.substr(c, comma - c));
          c = comma + 1;
        }
      }
      for (std::string_view w : words) {
        size_t b = w.find_first_not_of(" \t"), e = w.find_last_not_of(" \t\r");
        if (b == std::string_view::npos) continue;
        if (std::string img = literal_image(w.substr(b, e - b + 1)); !img.empty())
          out.push_back(img);
      }
      break;
    }
  }
}

}  // namespace

std::vector<std::string> images_built(std::string_view path, std::string_view text) {
  std::vector<std::string> out;
  // Only the files that build images are searched: the whole corpus is too
  // many bytes for even one search per file.
  std::string_view name = base_name(path);
  if (!is_ci_yaml(path) && !in(extension(name), {".sh", ".bash", ".zsh", ".ps1", ".mk", ".just"}) &&
      !in(name, {"Makefile", "makefile", "GNUmakefile", "Justfile", "justfile", "Taskfile.yml",
                 "Taskfile.yaml", "package.json", "skaffold.yaml", "skaffold.yml"}))
    return out;
  const bool docker = find_fast(text, "docker") != std::string_view::npos;
  if (!docker && find_fast(text, "podman ") == std::string_view::npos) return out;
  command_line_images(text, out);
  if (docker) build_push_images(text, out);
  return out;
}

std::string variable_at(std::string_view text, size_t begin, size_t end) {
  size_t b = begin;
  while (b > 0 && ident_char(text[b - 1])) --b;
  return std::string(text.substr(b, end - b));
}

bool may_bind_env(std::string_view path, std::string_view text) {
  if (is_nuxt_config(path)) return text.find("runtimeConfig") != std::string_view::npos;
  if (format_of(path) == FileFormat::Python)
    return text.find("BaseSettings") != std::string_view::npos;
  return is_spring_config(path);
}

std::vector<FrameworkReader> framework_readers(std::string_view path, std::string_view text,
                                               const std::vector<std::string>& sources) {
  std::vector<FrameworkReader> out;
  if (!may_bind_env(path, text)) return out;
  if (is_nuxt_config(path))
    nuxt_readers(text, sources, out);
  else if (format_of(path) == FileFormat::Python)
    pydantic_readers(text, sources, out);
  else
    spring_readers(base_name(path), text, sources, out);
  return out;
}

std::vector<EnvClass> classify_env_uses(std::string_view path, std::string_view text,
                                        const std::vector<size_t>& offsets,
                                        const std::vector<std::pair<size_t, size_t>>& edits,
                                        std::vector<YamlSpot>* spots) {
  std::vector<EnvClass> out(offsets.size());
  if (offsets.empty()) return out;
  std::string_view name = base_name(path);
  if (is_code(path)) {
    std::string detail = code_detail(path, text);
    for (EnvClass& c : out) c = {EnvAccess::Code, false, detail};
    return out;
  }
  if (is_prose(name)) return out;  // documentation neither reads nor provides
  auto store = [&](size_t at) {
    for (std::string_view p : {std::string_view("secrets."), std::string_view("vars.")})
      if (at >= p.size() && text.substr(at - p.size(), p.size()) == p) return true;
    return false;
  };
  const FileFormat format = format_of(path);
  if (format == FileFormat::Dotenv) {
    for (EnvClass& c : out) c = {EnvAccess::EnvFile, true, ""};
    return out;
  }
  if (format != FileFormat::Yaml) {
    const bool docker = is_dockerfile(name);
    for (size_t i = 0; i < offsets.size(); ++i)
      out[i] = store(offsets[i])
                   ? EnvClass{EnvAccess::SecretStore, false, ""}
                   : EnvClass{EnvAccess::DeploymentEnv, true, docker ? "Dockerfile" : ""};
    return out;
  }
  std::optional<std::vector<YamlRegion>> regions =
      yaml_regions(text, is_ci_yaml(path), edits, spots);
  for (size_t i = 0; i < offsets.size(); ++i) {
    const YamlRegion* r = regions ? region_at(*regions, offsets[i]) : nullptr;
    std::optional<YamlRegion> fallback;
    if (!regions && !is_ci_yaml(path)) {
      fallback = template_entry(text, offsets[i]);
      if (fallback) r = &*fallback;
    }
    if (r)
      out[i] = {r->how, true, r->detail, r->origin};
    else if (store(offsets[i]))
      out[i] = {EnvAccess::SecretStore, false, ""};
    else
      out[i] = {EnvAccess::DeploymentEnv, true, ""};
  }
  return out;
}

}  // namespace holymigrate

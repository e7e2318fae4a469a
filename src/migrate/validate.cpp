#include "migrate/validate.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "engine/kinds/client/lexer.h"
#include "util/file_format.h"
#include "util/json_reader.h"
#include "util/yaml_stream.h"

namespace holymigrate {
namespace {

// nlohmann's SAX interface, only to see every key of every object: the DOM
// parser keeps the last of two equal keys without a word.
class DuplicateKeys : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::optional<std::string> duplicate;
  std::string syntax_error;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    keys_.emplace_back();
    return true;
  }
  bool key(string_t& k) override {
    if (!keys_.back().insert(k).second) {
      duplicate = k;
      return false;
    }
    return true;
  }
  bool end_object() override {
    keys_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    syntax_error = e.what();
    return false;
  }

 private:
  std::vector<std::set<std::string>> keys_;
};

size_t line_of(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line = 1;
  for (size_t i = 0; i < offset; ++i) line += text[i] == '\n';
  return line;
}

std::optional<FormatError> check_json(std::string_view text) {
  // Nearly every edited JSON file is clean: say so without nlohmann, whose
  // parser copies every string (a notebook's base64 images) into a
  // std::string; it runs only to name what is wrong.
  if (json_clean(text)) return std::nullopt;
  DuplicateKeys sax;
  bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &sax);
  if (ok) return std::nullopt;
  if (sax.duplicate) return FormatError{0, fmt::format("duplicate key \"{}\"", *sax.duplicate)};
  return FormatError{0, sax.syntax_error.empty() ? "invalid JSON" : sax.syntax_error};
}

std::optional<FormatError> check_toml(std::string_view text) {
  try {
    (void)toml::parse(text);
  } catch (const toml::parse_error& e) {
    return FormatError{e.source().begin.line, std::string(e.description())};
  }
  return std::nullopt;
}

// `NAME=value` or `export NAME=value`; comments and blank lines skipped. Only
// names are compared: values may be anything a dotenv loader takes.
std::optional<FormatError> check_dotenv(std::string_view text) {
  std::set<std::string_view> seen;
  size_t line = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view l = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line;
    size_t i = l.find_first_not_of(" \t");
    if (i == std::string_view::npos || l[i] == '#') continue;
    l.remove_prefix(i);
    if (l.starts_with("export ")) {
      l.remove_prefix(7);
      l.remove_prefix(std::min(l.size(), l.find_first_not_of(' ')));
    }
    size_t eq = l.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view name = l.substr(0, eq);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    if (name.empty()) continue;
    if (!seen.insert(name).second)
      return FormatError{line, fmt::format("variable \"{}\" is assigned twice", name)};
  }
  return std::nullopt;
}

std::optional<FormatError> check_brackets(std::string_view text, Language lang) {
  Lexed lexed = lex(text, lang);
  if (!lexed.complete) return FormatError{0, "a string or comment is not closed"};
  std::vector<const Token*> open;
  for (const Token& t : lexed.tokens) {
    if (t.kind != TokenKind::Punct || t.end != t.begin + 1) continue;
    char c = text[t.begin];
    if (c == '(' || c == '[' || c == '{') {
      open.push_back(&t);
    } else if (c == ')' || c == ']' || c == '}') {
      char want = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (open.empty() || text[open.back()->begin] != want)
        return FormatError{line_of(text, t.begin), fmt::format("unbalanced '{}'", c)};
      open.pop_back();
    }
  }
  if (!open.empty())
    return FormatError{line_of(text, open.back()->begin),
                       fmt::format("'{}' is never closed", text[open.back()->begin])};
  return std::nullopt;
}

}  // namespace

std::optional<FormatError> check_format(std::string_view path, std::string_view text) {
  switch (format_of(path)) {
    case FileFormat::Yaml:
      if (auto e = yaml_check(text)) return FormatError{static_cast<size_t>(e->line), e->message};
      return std::nullopt;
    case FileFormat::Json:
    case FileFormat::Notebook:
      return check_json(text);
    case FileFormat::Toml:
      return check_toml(text);
    case FileFormat::Dotenv:
      return check_dotenv(text);
    case FileFormat::Python:
      return check_brackets(text, Language::Python);
    case FileFormat::JavaScript:
      return check_brackets(text, Language::JavaScript);
    case FileFormat::CLike:
      return check_brackets(text, Language::CLike);
    case FileFormat::Ruby:
      return check_brackets(text, Language::Ruby);
    case FileFormat::Other:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<FormatError> would_break(std::string_view path, std::string_view before,
                                       std::string_view after) {
  // The new text first: when it parses (nearly always) the old one need not
  // be parsed at all, which halves the cost on large YAML and JSON files.
  std::optional<FormatError> broken = check_format(path, after);
  if (!broken || check_format(path, before)) return std::nullopt;
  return broken;
}

}  // namespace holymigrate

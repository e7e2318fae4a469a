#include "engine/kinds/client/notebook.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "util/json_reader.h"

namespace holymigrate {
namespace {

// One pass over the notebook that both validates it and maps the code cells'
// sources to byte offsets (what an in-place edit needs), on util/json_reader.h:
// validating with nlohmann first doubled the work, most of it on megabytes
// of base64 outputs that are only skipped here. It accepts what
// nlohmann::json::accept() accepts (the unit tests hold it to accept() on a
// table and on mutated notebooks), but for nesting past 512 levels.
class Walker : public JsonReader {
 public:
  using JsonReader::JsonReader;

  std::optional<NotebookMap> run() {
    ws();
    if (!eat('{')) return std::nullopt;
    NotebookMap out;
    bool first_cells = true;
    bool ok = members([&](std::string_view key) {
      if (key != "cells") return skip_value();
      const bool outputs_here = first_cells;
      first_cells = false;
      if (peek() != '[') return skip_value();
      return elements([&] {
        if (peek() != '{') return skip_value();
        eat('{');
        NotebookCell cell;
        std::string type;
        bool outputs_seen = !outputs_here;
        bool good = members([&](std::string_view k) {
          if (k == "cell_type" && peek() == '"') return string(&type, nullptr);
          if (k == "source") return source(cell);
          if (k == "outputs" && !outputs_seen) {
            outputs_seen = true;
            size_t begin = i_;
            if (!skip_value()) return false;
            size_t end = i_;  // the value ends on a byte that is not blank
            while (end > begin && is_blank(s_[end - 1])) --end;
            out.outputs.emplace_back(begin, end);
            return true;
          }
          return skip_value();
        });
        if (good && type == "code") out.code_cells.push_back(std::move(cell));
        return good;
      });
    });
    ws();
    if (!ok || i_ != s_.size()) return std::nullopt;
    return out;
  }

 private:
  bool source(NotebookCell& cell) {
    auto element = [&] {
      size_t line = s_.rfind('\n', i_);
      line = line == std::string_view::npos ? 0 : line + 1;
      std::string_view before = s_.substr(line, i_ - line);
      bool blank =
          std::all_of(before.begin(), before.end(), [](char c) { return c == ' ' || c == '\t'; });
      cell.element_starts.push_back(cell.source.size());
      // A line break (as the file spells it) and the element's indentation.
      std::string eol = line >= 2 && s_[line - 2] == '\r' ? "\r\n" : "\n";
      cell.element_indents.push_back(blank && line > 0 ? eol + std::string(before) : " ");
      return string(&cell.source, &cell.raw);
    };
    bool ok;
    if (peek() == '"') {
      cell.lines_array = false;
      ok = element();
    } else {
      ok = elements(element);
    }
    if (!ok) return false;
    // An insertion at the very end goes before the last closing quote.
    cell.raw.push_back(cell.element_starts.empty() ? i_ : last_close_);
    return true;
  }
};

}  // namespace

std::optional<std::vector<NotebookCell>> notebook_code_cells(std::string_view json) {
  std::optional<NotebookMap> map = Walker(json).run();
  if (!map) return std::nullopt;
  return std::move(map->code_cells);
}

std::optional<NotebookMap> notebook_map(std::string_view json) { return Walker(json).run(); }

std::string notebook_escape(const NotebookCell& cell, size_t at, std::string_view text) {
  auto it = std::upper_bound(cell.element_starts.begin(), cell.element_starts.end(), at);
  size_t element = it == cell.element_starts.begin()
                       ? 0
                       : static_cast<size_t>(it - cell.element_starts.begin()) - 1;
  std::string indent = element < cell.element_indents.size() ? cell.element_indents[element] : "";
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\n':
        out += "\\n";
        if (cell.lines_array) out += "\"," + indent + "\"";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  return out;
}

}  // namespace holymigrate

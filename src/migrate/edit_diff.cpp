#include "migrate/edit_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "git/blob_id.h"
#include "migrate/diff.h"
#include "util/redact.h"

namespace holymigrate {
namespace {

constexpr size_t kContext = 3;       // lines around each change, as git
constexpr size_t kFuncLineMax = 80;  // xdiff's limit on the heading text

// The text's lines (each with its '\n', the last maybe without), as offsets,
// counted first so that the vector is allocated once at its size.
std::vector<size_t> line_starts(std::string_view text) {
  auto next_line = [&](const char* p) {
    const char* end = text.data() + text.size();
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    return nl ? static_cast<const char*>(nl) + 1 : nullptr;
  };
  size_t n = text.empty() ? 0 : 1;
  for (const char* p = text.data(); (p = next_line(p)) && p != text.data() + text.size();) ++n;
  std::vector<size_t> starts;
  starts.reserve(n);
  if (n) starts.push_back(0);
  for (const char* p = text.data(); (p = next_line(p)) && p != text.data() + text.size();)
    starts.push_back(static_cast<size_t>(p - text.data()));
  return starts;
}

struct Lines {
  std::string_view text;
  std::vector<size_t> starts;
  explicit Lines(std::string_view t) : text(t), starts(line_starts(t)) {}
  size_t count() const { return starts.size(); }
  // Line i (0-based) with its '\n', if any.
  std::string_view at(size_t i) const {
    size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
    return text.substr(starts[i], end - starts[i]);
  }
};

std::string abbrev_blob_id(std::string_view text) { return blob_id(text).substr(0, 7); }

// git's default "function line" (libgit2 diff_context_line__simple): the
// line, right-trimmed, starts with a letter, '_' or '$'; at most 80 bytes,
// ending on a UTF-8 character boundary.
std::string_view func_heading(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  if (line.empty()) return {};
  char c = line[0];
  if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$')) return {};
  if (line.size() <= kFuncLineMax) return line;
  // Cut at 80 bytes, but never inside a UTF-8 character: a character that
  // does not fit whole is left out, as libgit2 prints it (the unit table
  // compares the two on 2-, 3- and 4-byte characters across byte 80).
  size_t n = kFuncLineMax;
  while (n > 0 && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) --n;
  return line.substr(0, n);
}

void append_line(std::string& out, char tag, std::string_view line) {
  out += tag;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

std::string range(size_t start, size_t len) {
  // git: "-s" for one line, "-s,0" (s = the line before) for none.
  return len == 1 ? fmt::format("{}", start) : fmt::format("{},{}", start, len);
}

}  // namespace

std::optional<std::string> diff_from_edits(std::string_view path, std::string_view before,
                                           std::string_view after, const std::vector<Edit>& edits,
                                           FileMode mode) {
  for (const Edit& e : edits) {
    if (before.substr(e.begin, e.end - e.begin).find('\n') != std::string_view::npos ||
        e.replacement.find('\n') != std::string::npos)
      return std::nullopt;
    // Text added after the final line break makes a new line.
    if (e.begin == before.size() && !e.replacement.empty() &&
        (before.empty() || before.back() == '\n'))
      return std::nullopt;
  }
  if (before == after) return std::string();
  Lines a(before);

  // The lines that differ: only lines an edit touches can. Their new text is
  // the old line with its edits applied; every other line is the same in
  // both texts, so `after` is needed only for its blob id.
  std::vector<size_t> changed;
  std::vector<std::string> new_text;
  for (size_t k = 0; k < edits.size();) {
    auto line = static_cast<size_t>(
        std::upper_bound(a.starts.begin(), a.starts.end(), edits[k].begin) - a.starts.begin() - 1);
    std::string_view old_line = a.at(line);
    size_t line_begin = a.starts[line], line_end = line_begin + old_line.size();
    std::string text;
    size_t pos = line_begin;
    const bool last = line + 1 == a.count();  // an insertion may sit at its very end
    for (; k < edits.size() && (edits[k].begin < line_end || last); ++k) {
      text.append(before.substr(pos, edits[k].begin - pos));
      text.append(edits[k].replacement);
      pos = edits[k].end;
    }
    text.append(before.substr(pos, line_end - pos));
    if (text == old_line) continue;
    changed.push_back(line);
    new_text.push_back(std::move(text));
  }
  if (changed.empty()) return std::string();

  std::string out =
      fmt::format("diff --git a/{0} b/{0}\nindex {1}..{2} {3}\n--- a/{0}\n+++ b/{0}\n", path,
                  abbrev_blob_id(before), abbrev_blob_id(after),
                  mode == FileMode::Executable ? "100755" : "100644");
  const size_t n = a.count();
  // The heading of a hunk is the nearest heading line above its first line.
  // Hunks come in order, so each search goes back only to where the last
  // one started and otherwise keeps its answer: one pass over the lines,
  // not one per hunk (thousands of hunks in a multi-MiB YAML file).
  std::string_view heading;
  size_t searched = 0;  // lines [0, searched) are covered by `heading`
  for (size_t i = 0; i < changed.size();) {
    // A hunk: changes at most 2 * context unchanged lines apart.
    size_t j = i;
    while (j + 1 < changed.size() && changed[j + 1] - changed[j] - 1 <= 2 * kContext) ++j;
    size_t lo = changed[i] >= kContext ? changed[i] - kContext : 0;
    size_t hi = std::min(n, changed[j] + kContext + 1);  // one past the last line
    for (size_t k = lo; k-- > searched;) {
      std::string_view h = func_heading(a.at(k));
      if (!h.empty()) {
        heading = h;
        break;
      }
    }
    searched = std::max(searched, lo);
    out += fmt::format("@@ -{} +{} @@", range(lo + 1, hi - lo), range(lo + 1, hi - lo));
    if (!heading.empty()) {
      out += ' ';
      out += heading;
    }
    out += '\n';
    size_t line = lo;
    for (size_t c = i; c <= j; ++c) {
      // A run of adjacent changed lines: all removals, then all additions.
      size_t run_end = c;
      while (run_end + 1 <= j && changed[run_end + 1] == changed[run_end] + 1) ++run_end;
      for (; line < changed[c]; ++line) append_line(out, ' ', a.at(line));
      for (size_t k = changed[c]; k <= changed[run_end]; ++k) append_line(out, '-', a.at(k));
      for (size_t k = c; k <= run_end; ++k) append_line(out, '+', new_text[k]);
      line = changed[run_end] + 1;
      c = run_end;
    }
    for (; line < hi; ++line) append_line(out, ' ', a.at(line));
    i = j + 1;
  }
  return out;
}

std::string display_diff(std::string_view path, std::string_view before, std::string_view after,
                         const std::vector<Edit>& edits, FileMode mode) {
  if (find_key_like(before).empty() && find_key_like(after).empty()) {
    if (auto d = diff_from_edits(path, before, after, edits, mode)) return std::move(*d);
    return unified_diff(path, before, after, mode);
  }
  return unified_diff(path, redact(before), redact(after), mode);
}

std::string exact_diff(std::string_view path, std::string_view before, std::string_view after,
                       const std::vector<Edit>& edits, FileMode mode) {
  if (auto d = diff_from_edits(path, before, after, edits, mode)) return std::move(*d);
  return unified_diff(path, before, after, mode);
}

}  // namespace holymigrate

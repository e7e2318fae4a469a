#include "migrate/edit_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <span>

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
  std::vector<size_t> own;  // counted here when no LineIndex was given
  std::span<const size_t> starts;
  Lines(std::string_view t, const LineIndex* index) : text(t) {
    if (!index) {
      own = line_starts(t);
      starts = own;
      return;
    }
    // The same starts, but for LineIndex's start at the very end.
    starts = index->starts();
    if (!starts.empty() && starts.back() == t.size() && !t.empty())
      starts = starts.first(starts.size() - 1);
    if (t.empty()) starts = {};
  }
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

namespace {

// An insertion that adds whole lines, written where the fixes write it,
// as the same lines inserted at the start of a line (same result):
//   "\nX" at the end of a line         -> "X\n" at the start of the next
//   "X\nW" after W at a line's start   -> "WX\n" at the start of that line
// Any other edit as it is.
Edit as_line_insertion(std::string_view text, const Edit& e) {
  if (e.begin != e.end || e.replacement.find('\n') == std::string::npos) return e;
  const std::string& r = e.replacement;
  for (std::string_view eol : {std::string_view("\r\n"), std::string_view("\n")}) {
    if (r.starts_with(eol) && r.back() != '\n' && text.substr(e.begin).starts_with(eol)) {
      size_t at = e.begin + eol.size();
      return {at, at, r.substr(eol.size()) + std::string(eol), e.rule};
    }
  }
  size_t nl = e.begin == 0 ? std::string_view::npos : text.rfind('\n', e.begin - 1);
  size_t line = nl == std::string_view::npos ? 0 : nl + 1;
  std::string_view lead = text.substr(line, e.begin - line);
  if (!lead.empty() && r.size() > lead.size() && std::string_view(r).ends_with(lead) &&
      r[r.size() - lead.size() - 1] == '\n')
    return {line, line, std::string(lead) + r.substr(0, r.size() - lead.size()), e.rule};
  return e;
}

}  // namespace

std::optional<std::string> diff_from_edits(std::string_view path, std::string_view before,
                                           std::string_view after, const std::vector<Edit>& written,
                                           FileMode mode, const LineIndex* before_lines) {
  std::vector<Edit> edits;
  edits.reserve(written.size());
  for (const Edit& e : written) edits.push_back(as_line_insertion(before, e));
  if (!std::is_sorted(edits.begin(), edits.end(),
                      [](const Edit& x, const Edit& y) { return x.begin < y.begin; }))
    return std::nullopt;
  for (const Edit& e : edits) {
    if (before.substr(e.begin, e.end - e.begin).find('\n') != std::string_view::npos)
      return std::nullopt;
    // Line breaks only as whole lines inserted at the start of a line
    // (`import os`, a module configuration): they become added lines.
    if (e.replacement.find('\n') != std::string::npos &&
        !(e.begin == e.end && (e.begin == 0 || before[e.begin - 1] == '\n') &&
          e.begin < before.size() && e.replacement.back() == '\n'))
      return std::nullopt;
    // Text added after the final line break makes a new line.
    if (e.begin == before.size() && !e.replacement.empty() &&
        (before.empty() || before.back() == '\n'))
      return std::nullopt;
  }
  if (before == after) return std::string();
  Lines a(before, before_lines);

  // The changes, as groups of old lines [from, to) that become `lines`:
  // only lines an edit touches can change. A touched line's new text is the
  // old line with its edits applied; lines inserted before it come out at
  // its start. Every other line is the same in both texts, so `after` is
  // needed only for its blob id. Touching groups (no unchanged line between
  // them) are one, as the diff algorithm sees them.
  struct Group {
    size_t from = 0, to = 0;
    std::vector<std::string> lines;
  };
  std::vector<Group> groups;
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
    Group g{line, line + 1, {}};
    for (size_t b = 0; b < text.size();) {
      size_t nl = text.find('\n', b);
      size_t e = nl == std::string::npos ? text.size() : nl + 1;
      g.lines.push_back(text.substr(b, e - b));
      b = e;
    }
    if (g.lines.back() == old_line) {  // lines inserted before an unchanged line
      g.lines.pop_back();
      g.to = line;
    }
    if (!groups.empty() && groups.back().to == g.from) {
      Group& prev = groups.back();
      prev.to = g.to;
      for (std::string& l : g.lines) prev.lines.push_back(std::move(l));
    } else {
      groups.push_back(std::move(g));
    }
  }
  if (groups.empty()) return std::string();
  const size_t n = a.count();
  // The diff algorithm finds these changes as they are only when no line of
  // a group could be matched instead: an added line equal to a removed one;
  // or, for lines only added, a group that could slide down or up by a line
  // because its first line equals the one after it (or its last the one
  // before; a group that also removes lines is held in place by them).
  // Then libgit2 decides.
  for (const Group& g : groups) {
    for (const std::string& l : g.lines)
      for (size_t i = g.from; i < g.to; ++i)
        if (a.at(i) == l) return std::nullopt;
    if (g.from == g.to && ((g.to < n && g.lines.front() == a.at(g.to)) ||
                           (g.from > 0 && g.lines.back() == a.at(g.from - 1))))
      return std::nullopt;
  }

  std::string out =
      fmt::format("diff --git a/{0} b/{0}\nindex {1}..{2} {3}\n--- a/{0}\n+++ b/{0}\n", path,
                  abbrev_blob_id(before), abbrev_blob_id(after),
                  mode == FileMode::Executable ? "100755" : "100644");
  // The heading of a hunk is the nearest heading line above its first line.
  // Hunks come in order, so each search goes back only to where the last
  // one started and otherwise keeps its answer: one pass over the lines,
  // not one per hunk (thousands of hunks in a multi-MiB YAML file).
  std::string_view heading;
  size_t searched = 0;  // lines [0, searched) are covered by `heading`
  long shift = 0;       // lines added minus lines removed before the hunk
  for (size_t i = 0; i < groups.size();) {
    // A hunk: groups at most 2 * context unchanged lines apart.
    size_t j = i;
    long added = static_cast<long>(groups[i].lines.size()) -
                 static_cast<long>(groups[i].to - groups[i].from);
    while (j + 1 < groups.size() && groups[j + 1].from - groups[j].to <= 2 * kContext) {
      ++j;
      added += static_cast<long>(groups[j].lines.size()) -
               static_cast<long>(groups[j].to - groups[j].from);
    }
    size_t lo = groups[i].from >= kContext ? groups[i].from - kContext : 0;
    size_t hi = std::min(n, groups[j].to + kContext);  // one past the last line
    const long old_count = static_cast<long>(hi - lo), new_count = old_count + added;
    if (old_count == 0 || new_count <= 0) return std::nullopt;  // git's "-s,0" forms
    for (size_t k = lo; k-- > searched;) {
      std::string_view h = func_heading(a.at(k));
      if (!h.empty()) {
        heading = h;
        break;
      }
    }
    searched = std::max(searched, lo);
    out += fmt::format("@@ -{} +{} @@", range(lo + 1, static_cast<size_t>(old_count)),
                       range(static_cast<size_t>(static_cast<long>(lo) + shift + 1),
                             static_cast<size_t>(new_count)));
    if (!heading.empty()) {
      out += ' ';
      out += heading;
    }
    out += '\n';
    size_t line = lo;
    for (size_t g = i; g <= j; ++g) {
      // A group: all removals, then all additions.
      for (; line < groups[g].from; ++line) append_line(out, ' ', a.at(line));
      for (; line < groups[g].to; ++line) append_line(out, '-', a.at(line));
      for (const std::string& l : groups[g].lines) append_line(out, '+', l);
    }
    for (; line < hi; ++line) append_line(out, ' ', a.at(line));
    shift += added;
    i = j + 1;
  }
  return out;
}

std::optional<std::vector<Edit>> edits_after_redaction(
    std::string_view before, const std::vector<std::pair<size_t, size_t>>& keys,
    const std::vector<Edit>& edits) {
  std::vector<Edit> out;
  out.reserve(edits.size());
  ptrdiff_t shift = 0;  // of the keys before keys[k]
  size_t k = 0;
  size_t last = 0;
  for (const Edit& e : edits) {
    if (e.begin < last) return std::nullopt;  // edits come sorted (apply_edits)
    last = e.begin;
    for (; k < keys.size() && keys[k].second <= e.begin; ++k) {
      auto [b, end] = keys[k];
      shift += static_cast<ptrdiff_t>(redact_key(before.substr(b, end - b)).size()) -
               static_cast<ptrdiff_t>(end - b);
    }
    // The next key must start at or after the edit's end (an insertion may
    // touch its start); one that overlaps the edit or holds an insertion
    // refuses.
    if (k < keys.size() && keys[k].first < e.end) return std::nullopt;
    Edit moved = e;
    moved.begin = static_cast<size_t>(static_cast<ptrdiff_t>(e.begin) + shift);
    moved.end = static_cast<size_t>(static_cast<ptrdiff_t>(e.end) + shift);
    out.push_back(std::move(moved));
  }
  return out;
}

std::string display_diff(std::string_view path, std::string_view before, std::string_view after,
                         const std::vector<Edit>& edits, FileMode mode,
                         const LineIndex* before_lines) {
  std::vector<std::pair<size_t, size_t>> keys = find_key_like(before);
  if (keys.empty() && find_key_like(after).empty()) {
    if (auto d = diff_from_edits(path, before, after, edits, mode, before_lines))
      return std::move(*d);
    return unified_diff(path, before, after, mode);
  }
  // The diff of the redacted texts. Where the edits, moved onto the
  // redacted old text, make exactly the redacted new text (no edit reaches
  // into a key or makes one), the fast path gives it as libgit2 would, and
  // a run in a plain folder needs libgit2 only for the diffs that path
  // cannot give (git/libgit2.h).
  std::string shown_before = redact(before);
  std::string shown_after = redact(after);
  if (auto moved = edits_after_redaction(before, keys, edits))
    if (apply_edits(shown_before, *moved) == shown_after)
      if (auto d = diff_from_edits(path, shown_before, shown_after, *moved, mode))
        return std::move(*d);
  return unified_diff(path, shown_before, shown_after, mode);
}

std::string exact_diff(std::string_view path, std::string_view before, std::string_view after,
                       const std::vector<Edit>& edits, FileMode mode,
                       const LineIndex* before_lines) {
  if (auto d = diff_from_edits(path, before, after, edits, mode, before_lines))
    return std::move(*d);
  return unified_diff(path, before, after, mode);
}

}  // namespace holymigrate

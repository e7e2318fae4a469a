#include "model/edit.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace holymigrate {

const char* to_string(Severity s) {
  switch (s) {
    case Severity::Edit:
      return "edit";
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "?";
}

bool parse_severity(std::string_view text, Severity& out) {
  for (Severity s : {Severity::Edit, Severity::Error, Severity::Warning, Severity::Info}) {
    if (text == to_string(s)) {
      out = s;
      return true;
    }
  }
  return false;
}

std::string_view renamed_name(const Edit& e) {
  std::string_view r = e.replacement;
  size_t n = 0;
  while (n < r.size() && (std::isalnum(static_cast<unsigned char>(r[n])) || r[n] == '_')) ++n;
  return r.substr(0, n);
}

std::string apply_edits(std::string_view text, const std::vector<Edit>& edits) {
  // Sized exactly up front: a guess that came short made the string double
  // while the old buffer was alive, four copies of a 3.7 MB notebook at once
  // (the corpus's peak memory, docs/performance.md).
  size_t size = text.size();
  for (const Edit& e : edits) size = size - (e.end - e.begin) + e.replacement.size();
  std::string out;
  out.reserve(size);
  size_t pos = 0;
  for (const Edit& e : edits) {
    out.append(text.substr(pos, e.begin - pos));
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

LineIndex::LineIndex(std::string_view text) {
  // Counted first so that the vector is allocated once, at its size (grown
  // by doubling it held up to twice the memory on multi-MiB files); memchr
  // rather than a byte loop for speed.
  const char* begin = text.data();
  const char* end = begin + text.size();
  auto next = [&](const char* p) {
    return static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
  };
  size_t n = 1;
  for (const char* p = begin; p != end && (p = next(p)); ++p) ++n;
  starts_.reserve(n);
  starts_.push_back(0);
  for (const char* p = begin; p != end && (p = next(p)); ++p)
    starts_.push_back(static_cast<size_t>(p - begin) + 1);
}

size_t LineIndex::line(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<size_t>(it - starts_.begin());
}

size_t LineIndex::column(size_t offset) const { return offset - starts_[line(offset) - 1] + 1; }

size_t LineIndex::line_start(size_t l) const { return starts_[l - 1]; }

}  // namespace holymigrate

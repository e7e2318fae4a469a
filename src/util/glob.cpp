#include "util/glob.h"

#include <re2/re2.h>

#include <cctype>
#include <vector>

namespace holymigrate {

namespace {

void append_literal(std::string& out, char c) {
  auto u = static_cast<unsigned char>(c);
  if (u < 0x80 && (std::isalnum(u) || u == '_' || u == ' ')) {
    out += c;
  } else if (u < 0x80 && std::ispunct(u)) {
    out += '\\';
    out += c;
  } else {
    static const char hex[] = "0123456789abcdef";
    out += "\\x";
    out += hex[u >> 4];
    out += hex[u & 15];
  }
}

// Translates a bracket expression starting at seg[i] == '['. Returns false
// (leaving `out` alone) when it is not closed, so the '[' is a literal.
bool append_class(std::string_view seg, size_t& i, std::string& out) {
  size_t j = i + 1;
  bool negate = false;
  if (j < seg.size() && (seg[j] == '!' || seg[j] == '^')) {
    negate = true;
    ++j;
  }
  std::string body;
  bool first = true;
  while (j < seg.size() && (seg[j] != ']' || first)) {
    first = false;
    char c = seg[j];
    if (c == '[' && j + 1 < seg.size() && seg[j + 1] == ':') {
      size_t end = seg.find(":]", j + 2);
      if (end == std::string_view::npos) return false;
      body += seg.substr(j, end + 2 - j);  // [:alpha:], checked by RE2
      j = end + 2;
      continue;
    }
    if (c == '\\' && j + 1 < seg.size()) c = seg[++j];
    if (c == '-' && !body.empty() && j + 1 < seg.size() && seg[j + 1] != ']') {
      body += '-';
    } else {
      append_literal(body, c);
    }
    ++j;
  }
  if (j >= seg.size()) return false;
  // A class never matches '/', as in git's wildmatch with WM_PATHNAME.
  out += negate ? "[^/" : "[";
  out += body;
  out += ']';
  i = j;
  return true;
}

// One path segment (no '/'), not "**".
void append_segment(std::string_view seg, std::string& out) {
  for (size_t i = 0; i < seg.size(); ++i) {
    char c = seg[i];
    if (c == '*') {
      while (i + 1 < seg.size() && seg[i + 1] == '*') ++i;
      out += "[^/]*";
    } else if (c == '?') {
      // One UTF-8 character (Latin-1 mode sees bytes): a lead byte, then its
      // continuation bytes.
      out += "[^/\\x80-\\xbf][\\x80-\\xbf]*";
    } else if (c == '[') {
      if (!append_class(seg, i, out)) append_literal(out, c);
    } else if (c == '\\' && i + 1 < seg.size()) {
      append_literal(out, seg[++i]);
    } else {
      append_literal(out, c);
    }
  }
}

RE2::Options regex_options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingLatin1);
  o.set_dot_nl(true);
  o.set_log_errors(false);
  return o;
}

}  // namespace

std::string glob_to_regex(std::string_view glob) {
  bool dir_only = false;
  while (!glob.empty() && glob.back() == '/') {
    dir_only = true;
    glob.remove_suffix(1);
  }
  // As in .gitignore: a '/' at the start or in the middle anchors the glob
  // at PATH; otherwise it matches at any depth.
  bool anchored = glob.find('/') != std::string_view::npos;
  while (!glob.empty() && glob.front() == '/') glob.remove_prefix(1);

  std::vector<std::string_view> segments;
  for (size_t start = 0; start <= glob.size();) {
    size_t end = glob.find('/', start);
    if (end == std::string_view::npos) end = glob.size();
    if (end > start) segments.push_back(glob.substr(start, end - start));
    start = end + 1;
  }

  std::string out = "^";
  if (!anchored) out += "(?:.*/)?";
  for (size_t i = 0; i < segments.size(); ++i) {
    bool last = i + 1 == segments.size();
    if (segments[i] == "**") {
      out += last ? ".*" : "(?:.*/)?";
      continue;
    }
    append_segment(segments[i], out);
    if (!last) out += '/';
  }
  // Matching a folder matches everything in it; a folder-only glob must be
  // followed by something inside.
  out += dir_only ? "/.*$" : "(?:/.*)?$";
  return out;
}

Expected<Glob> Glob::parse(std::string_view text) {
  auto fail = [&](std::string_view why) {
    return Expected<Glob>::failure("invalid glob \"" + std::string(text) +
                                   "\": " + std::string(why));
  };
  if (text.empty() || text.find_first_not_of('/') == std::string_view::npos) return fail("empty");
  Glob g;
  g.text_ = std::string(text);
  g.regex_ = glob_to_regex(text);
  auto re = std::make_shared<const RE2>(g.regex_, regex_options());
  if (!re->ok()) return fail(re->error());
  g.re_ = std::move(re);
  return g;
}

bool Glob::matches(std::string_view path) const {
  return RE2::FullMatch(re2::StringPiece(path.data(), path.size()), *re_);
}

bool Glob::matches_dir(std::string_view dir) const {
  // "dir/" matches exactly when the glob matches the folder itself: the
  // translated regex then accepts "/" plus anything.
  std::string probe(dir);
  probe += '/';
  return RE2::FullMatch(probe, *re_);
}

}  // namespace holymigrate

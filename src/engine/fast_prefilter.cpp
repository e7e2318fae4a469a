#include "engine/fast_prefilter.h"

#include <atomic>
#include <limits>

#ifdef HOLYMIGRATE_HAVE_HYPERSCAN
#include <hs.h>
#endif

namespace holymigrate {

#ifdef HOLYMIGRATE_HAVE_HYPERSCAN

namespace {

// One scratch space per thread, grown for every database it is used with
// (hs_alloc_scratch keeps a scratch that is already large enough).
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  unsigned long sized_for = 0;  // the FastPrefilter (by serial) it was last sized for
  ~ThreadScratch() {
    if (scratch) hs_free_scratch(scratch);
  }
};

// Whether Hyperscan's byte-mode reading of this RE2 pattern matches at least
// wherever RE2 matches: ASCII literals and escaped punctuation, `(?i)` at the
// start, groups, alternation, quantifiers, anchors, \b \s \d \w, and classes
// of ASCII items that are not negated. Not `.`, `\S`, `[^…]` (RE2 reads one
// UTF-8 character where Hyperscan reads one byte, so "a.b" would miss "aéb"),
// `\p{…}` (Hyperscan reads it as ASCII), other flags, non-ASCII bytes:
// those patterns stay with the RE2::Set.
bool byte_mode_safe(std::string_view p) {
  auto ascii_alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  auto escape_ok = [&](char d) {
    if (static_cast<unsigned char>(d) >= 0x80) return false;
    return !ascii_alnum(d) || d == 'b' || d == 's' || d == 'd' || d == 'w';
  };
  size_t i = p.starts_with("(?i)") ? 4 : 0;
  while (i < p.size()) {
    const char c = p[i];
    if (static_cast<unsigned char>(c) >= 0x80 || c == '.') return false;
    if (c == '\\') {
      if (i + 1 >= p.size() || !escape_ok(p[i + 1])) return false;
      i += 2;
    } else if (c == '(') {
      if (p.substr(i, 3) == "(?:") {
        i += 3;
      } else if (p.substr(i, 4) == "(?P<") {
        size_t close = p.find('>', i);
        if (close == std::string_view::npos) return false;
        for (size_t k = i + 4; k < close; ++k)
          if (!ascii_alnum(p[k]) && p[k] != '_') return false;
        i = close + 1;
      } else if (p.substr(i, 2) == "(?") {
        return false;
      } else {
        ++i;
      }
    } else if (c == '[') {
      ++i;
      if (i < p.size() && (p[i] == '^' || p[i] == ']')) return false;
      while (i < p.size() && p[i] != ']') {
        if (static_cast<unsigned char>(p[i]) >= 0x80 || p[i] == '[') return false;
        if (p[i] == '\\') {
          if (i + 1 >= p.size() || !escape_ok(p[i + 1])) return false;
          ++i;
        }
        ++i;
      }
      if (i >= p.size()) return false;
      ++i;
    } else {
      ++i;
    }
  }
  return true;
}

// The id of the guard pattern: U+212A or U+017F in the text.
constexpr unsigned kFoldGuard = std::numeric_limits<unsigned>::max();

struct Found {
  std::vector<int>* out;
  bool guard = false;
};

int on_match(unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
  auto* found = static_cast<Found*>(ctx);
  if (id == kFoldGuard) {
    found->guard = true;
    return 1;  // stop: the caller falls back to the RE2::Set
  }
  found->out->push_back(static_cast<int>(id));
  return 0;
}

}  // namespace

static std::atomic<unsigned long> next_serial{1};

struct FastPrefilter::Impl {
  hs_database_t* db = nullptr;
  unsigned long serial = next_serial++;
  std::vector<bool> covered;
  ~Impl() {
    if (db) hs_free_database(db);
  }
};

FastPrefilter::FastPrefilter(const std::vector<std::string>& patterns)
    : impl_(std::make_unique<Impl>()) {
  const unsigned flags = HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH;
  impl_->covered.assign(patterns.size(), false);
  // Hyperscan reads NUL-terminated patterns: one holding a NUL stays with RE2.
  for (size_t i = 0; i < patterns.size(); ++i)
    impl_->covered[i] = patterns[i].find('\0') == std::string::npos && byte_mode_safe(patterns[i]);
  // One compile of every pattern; a pattern Hyperscan refuses is named by the
  // error, left to RE2, and the rest compiled again.
  for (;;) {
    std::vector<const char*> exprs;
    std::vector<unsigned> ids, all_flags;
    for (size_t i = 0; i < patterns.size(); ++i) {
      if (!impl_->covered[i]) continue;
      exprs.push_back(patterns[i].c_str());
      ids.push_back(static_cast<unsigned>(i));
      all_flags.push_back(flags);
    }
    if (exprs.empty()) return;
    // RE2 folds these to k and s under (?i); see the header.
    exprs.push_back("\\xE2\\x84\\xAA|\\xC5\\xBF");
    ids.push_back(kFoldGuard);
    all_flags.push_back(HS_FLAG_SINGLEMATCH);
    hs_compile_error_t* err = nullptr;
    if (hs_compile_multi(exprs.data(), all_flags.data(), ids.data(),
                         static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &impl_->db,
                         &err) == HS_SUCCESS)
      return;
    int bad = err ? err->expression : -1;
    hs_free_compile_error(err);
    impl_->db = nullptr;
    if (bad < 0 || static_cast<size_t>(bad) + 1 >= exprs.size()) {  // not one pattern's fault
      impl_->covered.assign(patterns.size(), false);
      return;
    }
    impl_->covered[ids[static_cast<size_t>(bad)]] = false;
  }
}

bool FastPrefilter::enabled() const { return impl_->db != nullptr; }
bool FastPrefilter::covers(size_t i) const {
  return enabled() && i < impl_->covered.size() && impl_->covered[i];
}

bool FastPrefilter::match(std::string_view text, std::vector<int>& out) const {
  if (!impl_->db || text.size() > std::numeric_limits<unsigned>::max()) return false;
  thread_local ThreadScratch local;
  // Checking that a scratch fits costs more than scanning a small file: do
  // it once per thread and prefilter.
  if (local.sized_for != impl_->serial) {
    if (hs_alloc_scratch(impl_->db, &local.scratch) != HS_SUCCESS) return false;
    local.sized_for = impl_->serial;
  }
  Found found{&out};
  hs_error_t rc = hs_scan(impl_->db, text.data(), static_cast<unsigned>(text.size()), 0,
                          local.scratch, on_match, &found);
  if (found.guard) return false;
  return rc == HS_SUCCESS;
}

#else  // no Hyperscan in this build: the RE2::Set does all the work

struct FastPrefilter::Impl {};
FastPrefilter::FastPrefilter(const std::vector<std::string>&) : impl_(std::make_unique<Impl>()) {}
bool FastPrefilter::enabled() const { return false; }
bool FastPrefilter::covers(size_t) const { return false; }
bool FastPrefilter::match(std::string_view, std::vector<int>&) const { return false; }

#endif

FastPrefilter::~FastPrefilter() = default;

}  // namespace holymigrate

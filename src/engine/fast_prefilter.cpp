#include "engine/fast_prefilter.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <mutex>
#include <optional>

#ifdef HOLYMIGRATE_HAVE_HYPERSCAN
#include <hs.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
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
  Origin origin = Origin::None;
  unsigned long serial = next_serial++;
  std::vector<bool> covered;
  // The compile under way in a child process, until ready() reads it.
  std::vector<std::string> patterns;
  pid_t pid = -1;
  int fd = -1;
  std::once_flag once;
  void ready();
  ~Impl() {
    if (fd >= 0) {  // never asked (the run stopped first): end the child
      close(fd);
      kill(pid, SIGKILL);
      while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
      }
    }
    if (db) hs_free_database(db);
  }
};

namespace {

// What hs_compile_multi is given: every covered pattern (`covered[i]`) with
// its index as id, and the fold guard.
struct CompileInput {
  std::vector<const char*> exprs;
  std::vector<unsigned> ids, flags;
};

CompileInput compile_input(const std::vector<std::string>& patterns,
                           const std::vector<bool>& covered) {
  CompileInput in;
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (!covered[i]) continue;
    in.exprs.push_back(patterns[i].c_str());
    in.ids.push_back(static_cast<unsigned>(i));
    in.flags.push_back(HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH);
  }
  if (in.exprs.empty()) return in;
  // RE2 folds these to k and s under (?i); see the header.
  in.exprs.push_back("\\xE2\\x84\\xAA|\\xC5\\xBF");
  in.ids.push_back(kFoldGuard);
  in.flags.push_back(HS_FLAG_SINGLEMATCH);
  return in;
}

// The whole input in one string (PrefilterImage::key): the mode, then one
// line per expression, "id flags length:" and the expression's bytes.
std::string compile_key(const CompileInput& in) {
  std::string key = "block\n";
  for (size_t i = 0; i < in.exprs.size(); ++i) {
    std::string_view expr = in.exprs[i];
    key += std::to_string(in.ids[i]) + ' ' + std::to_string(in.flags[i]) + ' ' +
           std::to_string(expr.size()) + ':';
    key += expr;
    key += '\n';
  }
  return key;
}

// Which patterns Hyperscan may answer for: byte-mode safe and without a NUL
// (Hyperscan reads NUL-terminated patterns).
std::vector<bool> safe_patterns(const std::vector<std::string>& patterns) {
  std::vector<bool> covered(patterns.size(), false);
  for (size_t i = 0; i < patterns.size(); ++i)
    covered[i] = patterns[i].find('\0') == std::string::npos && byte_mode_safe(patterns[i]);
  return covered;
}

// One compile of every covered pattern (`covered[i]`) for `platform` (null:
// this machine); a pattern Hyperscan refuses is named by the error, left to
// RE2 (covered[i] = false), and the rest compiled again. Null when nothing
// is left to compile or the compile fails for no one pattern (then nothing
// is covered).
hs_database_t* compile(const std::vector<std::string>& patterns, std::vector<bool>& covered,
                       const hs_platform_info_t* platform = nullptr) {
  for (;;) {
    CompileInput in = compile_input(patterns, covered);
    if (in.exprs.empty()) return nullptr;
    hs_database_t* db = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_compile_multi(in.exprs.data(), in.flags.data(), in.ids.data(),
                         static_cast<unsigned>(in.exprs.size()), HS_MODE_BLOCK, platform, &db,
                         &err) == HS_SUCCESS)
      return db;
    int bad = err ? err->expression : -1;
    hs_free_compile_error(err);
    if (bad < 0 || static_cast<size_t>(bad) + 1 >= in.exprs.size()) {  // not one pattern's fault
      covered.assign(patterns.size(), false);
      return nullptr;
    }
    covered[in.ids[static_cast<size_t>(bad)]] = false;
  }
}

// The embedded image's database when it was compiled from exactly the input
// `patterns` and `covered` give (then `covered` becomes the image's), and
// this libhs reads it: hs_deserialize_database checks the version, that this
// CPU has the features the database was compiled to use, and a CRC of its
// bytes (Hyperscan's src/database.c). Null otherwise.
hs_database_t* from_image(const PrefilterImage& image, const std::vector<std::string>& patterns,
                          std::vector<bool>& covered) {
  if (image.database.empty() || image.covered.size() != patterns.size() ||
      compile_key(compile_input(patterns, covered)) != image.key)
    return nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(image.database.data(), image.database.size(), &db) != HS_SUCCESS)
    return nullptr;
  for (size_t i = 0; i < patterns.size(); ++i) covered[i] = image.covered[i] == '1';
  return db;
}

bool write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w, n -= static_cast<size_t>(w);
  }
  return true;
}

// compile() in a child process, the database sent back serialized through a
// pipe: the compiler's working memory and the pages of its code (about
// 7 MiB) then never count in this process's peak RSS, only the database and
// the scanner do (docs/performance.md). The message is one byte per pattern
// (covered or not), then the serialized database (empty: none).
//
// start_child() forks and returns at once, so that the compile (25 ms) runs
// while this process discovers the files; finish_child() reads the answer.
// Call start_child() while this process has no other thread (fork copies
// only the calling one). nullopt when the child could not do it (no fork, a
// signal, a short message): the caller compiles here instead.
struct Child {
  pid_t pid;
  int fd;
};

std::optional<Child> start_child(const std::vector<std::string>& patterns,
                                 const std::vector<bool>& covered) {
  int fds[2];
  if (pipe(fds) != 0) return std::nullopt;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    // Keep only stdio and the pipe: a copy of any other descriptor would
    // outlive the run while this child waits to be read. The janitor's
    // socket (io/temp_janitor.h) was one: a run stopped before it read the
    // database waited for the janitor, which waited for the socket to
    // close, which this child held while it waited for the run (found by
    // scripts/crash-test).
    close(fds[0]);
    const int keep = fds[1];
    if (keep > 3) close_range(3, static_cast<unsigned>(keep) - 1, 0);
    close_range(static_cast<unsigned>(keep) + 1, ~0U, 0);
    std::vector<bool> mine = covered;
    hs_database_t* db = compile(patterns, mine);
    std::string msg;
    for (bool b : mine) msg += b ? '1' : '0';
    char* bytes = nullptr;
    size_t size = 0;
    if (db && hs_serialize_database(db, &bytes, &size) != HS_SUCCESS) _exit(1);
    bool ok = write_all(fds[1], msg.data(), msg.size()) && write_all(fds[1], bytes, size);
    _exit(ok ? 0 : 1);  // no atexit handlers, no flushing of the parent's stdio
  }
  close(fds[1]);
  return Child{pid, fds[0]};
}

std::optional<hs_database_t*> finish_child(Child child, const std::vector<std::string>& patterns,
                                           std::vector<bool>& covered) {
  std::string got;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(child.fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
  }
  close(child.fd);
  int status = 0;
  while (waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || got.size() < patterns.size())
    return std::nullopt;
  std::vector<bool> theirs(patterns.size());
  for (size_t i = 0; i < patterns.size(); ++i) theirs[i] = got[i] == '1';
  if (got.size() == patterns.size()) {
    covered.assign(patterns.size(), false);
    return nullptr;
  }
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(got.data() + patterns.size(), got.size() - patterns.size(), &db) !=
      HS_SUCCESS)
    return std::nullopt;
  covered = std::move(theirs);
  return db;
}

}  // namespace

FastPrefilter::FastPrefilter(const std::vector<std::string>& patterns, Image image)
    : impl_(std::make_unique<Impl>()) {
  impl_->covered = safe_patterns(patterns);
  if (std::none_of(impl_->covered.begin(), impl_->covered.end(), [](bool b) { return b; })) {
    impl_->covered.assign(patterns.size(), false);
    return;
  }
  if (image == Image::Use) {
    if (hs_database_t* db = from_image(builtin_prefilter_image(), patterns, impl_->covered)) {
      impl_->db = db;
      impl_->origin = Origin::Image;
      return;  // no child, nothing for ready() to do
    }
  }
  impl_->patterns = patterns;
  if (std::optional<Child> child = start_child(patterns, impl_->covered)) {
    impl_->pid = child->pid;
    impl_->fd = child->fd;
  }
}

void FastPrefilter::Impl::ready() {
  std::call_once(once, [&] {
    if (patterns.empty()) return;  // nothing to compile
    if (fd >= 0) {
      std::optional<hs_database_t*> got = finish_child({pid, fd}, patterns, covered);
      fd = -1;
      if (got) {
        db = *got;
        origin = db ? Origin::Child : Origin::None;
        std::vector<std::string>().swap(patterns);
        return;
      }
    }
    db = compile(patterns, covered);
    origin = db ? Origin::Here : Origin::None;
    std::vector<std::string>().swap(patterns);
  });
}

FastPrefilter::Origin FastPrefilter::origin() const {
  impl_->ready();
  return impl_->origin;
}

std::optional<FastPrefilter::OwnedImage> FastPrefilter::compile_image(
    const std::vector<std::string>& patterns) {
  std::vector<bool> covered = safe_patterns(patterns);
  OwnedImage image;
  image.key = compile_key(compile_input(patterns, covered));
  // Hyperscan's generic tuning and no optional CPU feature (AVX2, AVX-512):
  // a database any x86-64 that runs this libhs can scan with.
  hs_platform_info_t portable{};
  portable.tune = HS_TUNE_FAMILY_GENERIC;
  portable.cpu_features = 0;
  hs_database_t* db = compile(patterns, covered, &portable);
  if (!db) return std::nullopt;
  char* bytes = nullptr;
  size_t size = 0;
  hs_error_t rc = hs_serialize_database(db, &bytes, &size);
  hs_free_database(db);
  if (rc != HS_SUCCESS) return std::nullopt;
  image.database.assign(bytes, size);
  std::free(bytes);  // hs_serialize_database allocates with the misc allocator: malloc
  char* info = nullptr;
  if (hs_serialized_database_info(image.database.data(), image.database.size(), &info) !=
      HS_SUCCESS)
    return std::nullopt;
  image.info = info;
  std::free(info);
  for (bool b : covered) image.covered += b ? '1' : '0';
  return image;
}

bool FastPrefilter::enabled() const {
  impl_->ready();
  return impl_->db != nullptr;
}
bool FastPrefilter::covers(size_t i) const {
  return enabled() && i < impl_->covered.size() && impl_->covered[i];
}

bool FastPrefilter::match(std::string_view text, std::vector<int>& out) const {
  impl_->ready();
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
FastPrefilter::FastPrefilter(const std::vector<std::string>&, Image)
    : impl_(std::make_unique<Impl>()) {}
bool FastPrefilter::enabled() const { return false; }
FastPrefilter::Origin FastPrefilter::origin() const { return Origin::None; }
std::optional<FastPrefilter::OwnedImage> FastPrefilter::compile_image(
    const std::vector<std::string>&) {
  return std::nullopt;
}
bool FastPrefilter::covers(size_t) const { return false; }
bool FastPrefilter::match(std::string_view, std::vector<int>&) const { return false; }

#endif

FastPrefilter::~FastPrefilter() = default;

}  // namespace holymigrate

// File discovery (docs/behaviour.md §2).
//
// Include / exclude / default-skip semantics (docs/behaviour.md leaves the details to
// us; docs/ARCHITECTURE.md repeats them):
//   - Globs are gitignore-style (glob.h) and match the path relative to each
//     PATH. So do the default skips: `holymigrate vendor/lib` reads
//     vendor/lib, because the skipped component is not below PATH.
//   - `--exclude` removes every match; a glob matching a folder removes all
//     of it, and the walk does not descend into it.
//   - If any `--include` is given, only files matching one are read.
//   - A default skip (node_modules/, vendor/, third_party/, a virtualenv,
//     __pycache__/, history, lock and minified files) is lifted only by an
//     include that matches the file AND whose text names what was skipped:
//     `node_modules/**` or `CHANGELOG.md` or `*.lock` do; `**/*.py` does not
//     pull in vendor/x.py, nor `**/*.js` app.min.js. A file under two skips
//     (node_modules/p/package-lock.json) needs both named.
//   - A file named on the command line is read whatever the globs, ignore
//     files and default skips say, but never through a symbolic link.
//   - Inside git, --no-ignore lists like outside git; ignored_env_files then
//     stays empty (the .env files are ordinary files, as asked).
#include "discover/discover.h"

#include <dirent.h>
#include <git2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "git/libgit2.h"
#include "util/error.h"
#include "util/glob.h"

namespace holymigrate {

const char* to_string(SkipReason r) {
  switch (r) {
    case SkipReason::Binary:
      return "binary";
    case SkipReason::TooLarge:
      return "too-large";
    case SkipReason::Symlink:
      return "symlink";
    case SkipReason::Unreadable:
      return "unreadable";
    case SkipReason::NotAFile:
      return "not-a-file";
    case SkipReason::DefaultExcluded:
      return "default-excluded";
  }
  return "unknown";
}

namespace {

namespace fs = std::filesystem;

// ---- libgit2 handles -------------------------------------------------------

using RepoPtr = GitHandle<git_repository, git_repository_free>;
using IndexPtr = GitHandle<git_index, git_index_free>;
using StatusListPtr = GitHandle<git_status_list, git_status_list_free>;

[[noreturn]] void throw_git(const std::string& path, const char* what) {
  const git_error* e = git_error_last();
  throw Error(path + ": " + what + ": " + (e && e->message ? e->message : "libgit2 error"));
}

// ---- paths -----------------------------------------------------------------

bool is_vcs_dir(std::string_view name) { return name == ".git" || name == ".hg" || name == ".svn"; }

// Folders of the project's own copies of other code: walked, and each file
// in them counted and scanned (docs/behaviour.md §2).
bool is_kept_code_dir_name(std::string_view name) {
  return name == "vendor" || name == "third_party";
}
// Folders that package managers and interpreters fill (a virtualenv is
// recognised by its pyvenv.cfg): one default-excluded entry each, not walked.
bool is_install_dir_name(std::string_view name) {
  return name == "node_modules" || name == "__pycache__";
}

// The keyword an include must name to lift the skip of this basename, or
// empty when the basename is not skipped by default.
// History files are documents: `NEWS.md`, `CHANGES.rst`, `HISTORY` and
// `CHANGELOG.txt` are skipped, `NEWS_feed.py` is code and is read.
bool is_document_name(std::string_view name) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return true;
  std::string_view ext = name.substr(dot + 1);
  for (std::string_view doc : {"md", "markdown", "txt", "rst", "adoc"})
    if (ext == doc) return true;
  return false;
}

std::string_view skipped_file_keyword(std::string_view name) {
  for (std::string_view prefix : {"CHANGELOG", "CHANGES", "HISTORY", "NEWS"})
    if (name.starts_with(prefix) && is_document_name(name)) return prefix;
  for (std::string_view exact : {"package-lock.json", "pnpm-lock.yaml"})
    if (name == exact) return exact;
  for (std::string_view suffix : {".lock", ".min.js", ".min.css"})
    if (name.ends_with(suffix)) return suffix;
  return {};
}

std::string join(std::string_view base, std::string_view rel) {
  if (base.empty()) return std::string(rel);
  if (rel.empty()) return std::string(base);
  std::string out(base);
  if (out.back() != '/') out += '/';
  out += rel;
  return out;
}

// How a PATH shows in displays: relative to the current directory when it is
// under it, no "./", no trailing '/'; "" for the current directory.
std::string display_base(const std::string& given, const fs::path& cwd) {
  fs::path norm = fs::path(given).lexically_normal();
  if (norm.is_absolute()) {
    fs::path rel = norm.lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") norm = rel;
  }
  std::string s = norm.generic_string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  if (s == ".") s.clear();
  return s;
}

// ---- filters ---------------------------------------------------------------

// What the filter says of one file.
struct Verdict {
  enum Kind {
    Unlisted,       // not asked for (globs, .git/): silently left out
    Read,           // read
    DefaultFile,    // a default skip leaves it out (history, lock, minified, vendor/…)
    DefaultFolder,  // inside a folder of installed packages (node_modules/, a virtualenv)
  };
  Verdict(Kind k, size_t end = 0, std::string_view word = {})
      : kind(k), folder_end(end), keyword(word) {}
  Kind kind;
  // DefaultFile under vendor/ or third_party/, and DefaultFolder: the length
  // of the skipped folder's path in `rel` (no trailing '/'); 0 otherwise.
  size_t folder_end;
  std::string_view keyword;  // DefaultFile by its name: what skipped it (skipped_file_keyword)
};

std::vector<Glob> parse_globs(const std::vector<std::string>& texts) {
  std::vector<Glob> out;
  for (const auto& t : texts) {
    auto g = Glob::parse(t);
    if (!g) throw Error(g.error());
    out.push_back(std::move(g.value()));
  }
  return out;
}

class Filter {
 public:
  Filter(std::vector<Glob> includes, std::vector<Glob> excludes, std::vector<Glob> also)
      : includes_(std::move(includes)), excludes_(std::move(excludes)), also_(std::move(also)) {}

  // Include / exclude only (for ignored .env files).
  bool passes_globs(std::string_view rel) const {
    for (const auto& g : excludes_)
      if (g.matches(rel)) return false;
    if (includes_.empty()) return true;
    for (const auto& g : includes_)
      if (g.matches(rel)) return true;
    return false;
  }

  // What becomes of a file at `rel` (relative to PATH). `is_venv(dir)` tells
  // whether the folder `dir` (relative to PATH) holds pyvenv.cfg. The globs
  // decide first: a file they do not ask for is not counted as skipped.
  template <typename IsVenv>
  Verdict judge(std::string_view rel, IsVenv&& is_venv) const {
    Verdict skip{Verdict::Read};
    size_t start = 0;
    for (size_t slash; (slash = rel.find('/', start)) != std::string_view::npos;
         start = slash + 1) {
      std::string_view name = rel.substr(start, slash - start);
      if (is_vcs_dir(name)) return {Verdict::Unlisted};
      if (skip.kind != Verdict::Read) continue;
      bool install = is_install_dir_name(name) || is_venv(rel.substr(0, slash));
      if ((install || is_kept_code_dir_name(name)) && !lifted(rel, name))
        skip = {install ? Verdict::DefaultFolder : Verdict::DefaultFile, slash};
    }
    std::string_view base = rel.substr(start);
    if (is_vcs_dir(base)) return {Verdict::Unlisted};
    if (skip.kind == Verdict::Read) {
      std::string_view keyword = skipped_file_keyword(base);
      if (!keyword.empty() && !lifted(rel, keyword)) skip = {Verdict::DefaultFile, 0, keyword};
    }
    if (!passes_globs(rel)) return {Verdict::Unlisted};
    // With --include, only what it asks for is read; a folder of installed
    // packages is then not worth a mention.
    if (skip.kind == Verdict::DefaultFolder && !includes_.empty()) return {Verdict::Unlisted};
    return skip;
  }

  // Whether the walk goes into folder `rel` named `name`; `venv` when it
  // holds pyvenv.cfg. Files inside are still judged. `*install` is set when
  // the folder is one of installed packages the walk leaves out: one
  // default-excluded entry (unless --include narrows the run).
  bool enters_dir(std::string_view rel, std::string_view name, bool venv, bool* install) const {
    *install = false;
    if (is_vcs_dir(name)) return false;
    for (const auto& g : excludes_)
      if (g.matches_dir(rel)) return false;
    if ((is_install_dir_name(name) || venv) && !could_lift(name)) {
      *install = includes_.empty();
      return false;
    }
    return true;
  }

 private:
  // An include lifts a default skip only when its text names what was
  // skipped (so `**` does not); --also names what it adds back, so any
  // match lifts.
  bool lifted(std::string_view rel, std::string_view keyword) const {
    for (const auto& g : includes_)
      if (g.text().find(keyword) != std::string::npos && g.matches(rel)) return true;
    for (const auto& g : also_)
      if (g.matches(rel)) return true;
    return false;
  }
  bool could_lift(std::string_view keyword) const {
    for (const std::vector<Glob>* globs : {&includes_, &also_})
      for (const auto& g : *globs)
        if (g.text().find(keyword) != std::string::npos) return true;
    return false;
  }

  std::vector<Glob> includes_;
  std::vector<Glob> excludes_;
  std::vector<Glob> also_;
};

// The --include that brings back a DefaultFile at `rel` under PATH shown as
// `base`.
Discovery::Excluded excluded_file(const std::string& base, std::string_view rel, const Verdict& v) {
  Discovery::Excluded e;
  std::string display = join(base, rel);
  e.file = {display, false, std::string(rel)};
  if (v.folder_end > 0) {  // under vendor/ or third_party/
    std::string_view folder = rel.substr(0, v.folder_end);
    e.include = std::string(folder) + "/**";
    return e;
  }
  size_t slash = rel.rfind('/');
  std::string_view parent = slash == std::string_view::npos ? "" : rel.substr(0, slash);
  std::string_view name = rel.substr(parent.empty() ? 0 : slash + 1);
  // `*.min.js` for a suffix, the name itself for a history or lock file.
  std::string pattern =
      v.keyword.starts_with('.') ? "*" + std::string(v.keyword) : std::string(name);
  e.include = parent.empty() ? pattern : std::string(parent) + "/" + pattern;
  return e;
}

bool is_env_file_name(std::string_view rel) {
  size_t slash = rel.rfind('/');
  std::string_view base = slash == std::string_view::npos ? rel : rel.substr(slash + 1);
  return base == ".env" || base.starts_with(".env.");
}

// ---- the two listings ------------------------------------------------------

class Lister {
 public:
  explicit Lister(const DiscoverOptions& o)
      : filter_(parse_globs(o.includes), parse_globs(o.excludes), parse_globs(o.also)),
        ignore_files_(o.ignore_files),
        threads_(o.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : o.threads),
        cwd_(fs::current_path()) {}

  void add_path(const std::string& given) {
    std::string base = display_base(given, cwd_);
    std::string at = base.empty() ? "." : base;
    struct stat st;
    if (lstat(at.c_str(), &st) != 0) {
      if (errno == ENOENT || errno == ENOTDIR) throw Error(given + ": no such file or directory");
      throw Error(given + ": " + std::strerror(errno));
    }
    if (S_ISLNK(st.st_mode)) {
      out_.skipped.push_back({at, SkipReason::Symlink});
      return;
    }
    bool dir = S_ISDIR(st.st_mode);
    std::string parent = fs::path(at).parent_path().string();
    GitWorkTree* tree = find_git(dir ? at : parent.empty() ? "." : parent);
    if (!dir) {
      if (S_ISREG(st.st_mode))
        out_.files.push_back({at, true, fs::path(at).filename().string()});
      else
        out_.skipped.push_back({at, SkipReason::NotAFile});
      return;
    }
    if (tree && ignore_files_ == IgnoreFiles::Honour)
      list_git(*tree, at, base);
    else
      walk_all(base);
  }

  Discovery finish() && {
    auto by_display = [](const auto& a, const auto& b) { return a.display < b.display; };
    auto same_display = [](const auto& a, const auto& b) { return a.display == b.display; };
    // Stable: a file two PATHs list keeps the first PATH's entry (its path
    // in the tree, its include), whatever order the walk's threads took.
    std::stable_sort(out_.files.begin(), out_.files.end(), by_display);
    // Merge duplicates from overlapping PATHs; named anywhere means named.
    std::vector<FileRef> files;
    files.reserve(out_.files.size());  // held for the whole run: no spare capacity
    for (auto& f : out_.files) {
      if (!files.empty() && files.back().display == f.display)
        files.back().named = files.back().named || f.named;
      else
        files.push_back(std::move(f));
    }
    out_.files = std::move(files);
    auto& skipped = out_.skipped;
    std::stable_sort(skipped.begin(), skipped.end(), by_display);
    skipped.erase(std::unique(skipped.begin(), skipped.end(), same_display), skipped.end());
    auto& excluded = out_.default_excluded;
    std::stable_sort(excluded.begin(), excluded.end(),
                     [](const auto& a, const auto& b) { return a.file.display < b.file.display; });
    excluded.erase(
        std::unique(excluded.begin(), excluded.end(),
                    [](const auto& a, const auto& b) { return a.file.display == b.file.display; }),
        excluded.end());
    // A file read anyway (named, or through another PATH) is not left out.
    std::erase_if(excluded, [&](const Discovery::Excluded& e) {
      return std::binary_search(out_.files.begin(), out_.files.end(), e.file, by_display);
    });
    auto& env = out_.ignored_env_files;
    std::stable_sort(env.begin(), env.end(), by_display);
    env.erase(std::unique(env.begin(), env.end(), same_display), env.end());
    // A file that is read anyway (named) is not also an ignored env file.
    std::erase_if(env, [&](const FileRef& e) {
      return std::binary_search(out_.files.begin(), out_.files.end(), e, by_display);
    });
    return std::move(out_);
  }

 private:
  struct GitWorkTree {
    RepoPtr repo;
    fs::path root;  // canonical, no trailing '/'
  };

  // The git work tree holding `at`, or null outside git (or in a bare repo).
  GitWorkTree* find_git(const std::string& at) {
    if (!may_be_in_git_repository(at)) return nullptr;
    use_libgit2();
    git_repository* raw = nullptr;
    int rc = git_repository_open_ext(&raw, at.c_str(), 0, nullptr);
    if (rc == GIT_ENOTFOUND) return nullptr;
    if (rc < 0) throw_git(at, "cannot open the git repository");
    RepoPtr repo(raw);
    const char* workdir = git_repository_workdir(repo.get());
    if (!workdir) return nullptr;
    fs::path root = fs::canonical(workdir);
    if (out_.git_root.empty()) out_.git_root = root;
    auto& slot = repos_[root.string()];
    if (!slot) slot = std::make_unique<GitWorkTree>(GitWorkTree{std::move(repo), root});
    return slot.get();
  }

  // `git ls-files --cached --others --exclude-standard` under `at`: index
  // entries plus the untracked, not ignored files of one status walk. No
  // per-file ignore query and no second lstat: the status walk has stat'ed
  // every file already and reports the tracked ones that are gone or changed
  // type. The same walk reports the ignored .env files.
  void list_git(GitWorkTree& tree, const std::string& at, const std::string& base) {
    fs::path rel_path = fs::canonical(at).lexically_relative(tree.root);
    std::string prefix = rel_path.generic_string();
    if (prefix == ".") prefix.clear();
    if (prefix.starts_with("..")) return walk_all(base);  // cannot happen; stay safe
    const std::string under = prefix.empty() ? "" : prefix + "/";

    git_status_options opts;
    git_status_options_init(&opts, GIT_STATUS_OPTIONS_VERSION);
    opts.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
    // Ignored folders are reported whole, not walked: .env files inside an
    // ignored folder (node_modules/x/.env) are not listed.
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                 GIT_STATUS_OPT_INCLUDE_IGNORED | GIT_STATUS_OPT_EXCLUDE_SUBMODULES |
                 GIT_STATUS_OPT_INCLUDE_UNREADABLE | GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
    char* spec = prefix.data();
    if (!prefix.empty()) opts.pathspec = {&spec, 1};
    git_status_list* raw_status = nullptr;
    if (git_status_list_new(&raw_status, tree.repo.get(), &opts) < 0)
      throw_git(at, "cannot list untracked files");
    StatusListPtr status(raw_status);

    // Candidates relative to PATH, with the mode they have on disk.
    std::vector<std::pair<std::string_view, uint32_t>> candidates;
    std::unordered_map<std::string_view, uint32_t> changed;  // tracked: gone (0) or new type
    std::vector<std::string_view> unreadable;
    size_t n = git_status_list_entrycount(status.get());
    for (size_t i = 0; i < n; ++i) {
      const git_status_entry* s = git_status_byindex(status.get(), i);
      if (!s || !s->index_to_workdir) continue;
      const git_diff_file& file = s->index_to_workdir->new_file;
      std::string_view path = file.path ? file.path : "";
      // A folder entry ("dir/") is an ignored folder or a nested repository.
      // (An unreadable untracked folder is silently left out by libgit2, as
      // by git ls-files apart from its warning.)
      if (path.empty() || path.back() == '/' || !path.starts_with(under)) continue;
      std::string_view rel = path.substr(under.size());
      if (s->status & GIT_STATUS_WT_NEW) {
        candidates.emplace_back(rel, file.mode);
      } else if (s->status & GIT_STATUS_WT_DELETED) {
        changed[path] = 0;
      } else if (s->status & GIT_STATUS_WT_TYPECHANGE) {
        changed[path] = file.mode;
      } else if (s->status & GIT_STATUS_WT_UNREADABLE) {
        unreadable.push_back(rel);
      } else if ((s->status & GIT_STATUS_IGNORED) && is_env_file_name(rel) &&
                 filter_.passes_globs(rel)) {
        std::string display = join(base, rel);
        struct stat st;
        if (lstat(display.c_str(), &st) == 0 && S_ISREG(st.st_mode))
          out_.ignored_env_files.push_back({display, false, std::string(rel)});
      }
    }

    git_index* raw_index = nullptr;
    if (git_repository_index(&raw_index, tree.repo.get()) < 0)
      throw_git(at, "cannot read the index");
    IndexPtr index(raw_index);
    size_t count = git_index_entrycount(index.get());
    std::string_view previous;
    for (size_t i = 0; i < count; ++i) {
      const git_index_entry* e = git_index_get_byindex(index.get(), i);
      if (!e) continue;
      std::string_view path = e->path;
      if (path == previous || !path.starts_with(under)) continue;  // conflict stages: once
      previous = path;
      uint32_t mode = e->mode;
      if (auto it = changed.find(path); it != changed.end()) mode = it->second;
      candidates.emplace_back(path.substr(under.size()), mode);
    }

    // A folder holding pyvenv.cfg is a virtualenv; the listing shows it.
    std::set<std::string_view> venvs;
    for (const auto& [rel, mode] : candidates) {
      if (rel == "pyvenv.cfg" || rel.ends_with("/pyvenv.cfg"))
        venvs.insert(rel.substr(0, rel.size() - std::min(rel.size(), sizeof("/pyvenv.cfg") - 1)));
    }
    auto is_venv = [&](std::string_view dir) { return venvs.contains(dir); };

    std::set<std::string> install_dirs;
    for (const auto& [rel, mode] : candidates) {
      // Submodules (GIT_FILEMODE_COMMIT) are not ours; 0 is a deleted file.
      if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE &&
          mode != GIT_FILEMODE_LINK)
        continue;
      Verdict v = filter_.judge(rel, is_venv);
      if (v.kind == Verdict::Unlisted) continue;
      if (v.kind == Verdict::DefaultFolder) {
        install_dirs.insert(join(base, rel.substr(0, v.folder_end)));
        continue;
      }
      if (v.kind == Verdict::DefaultFile) {
        if (mode != GIT_FILEMODE_LINK) out_.default_excluded.push_back(excluded_file(base, rel, v));
        continue;
      }
      std::string display = join(base, rel);
      if (mode == GIT_FILEMODE_LINK)
        out_.skipped.push_back({std::move(display), SkipReason::Symlink});
      else if (rel == display)  // listed from the work tree's root: `rel` empty means the same
        out_.files.push_back({std::move(display), false, {}});
      else
        out_.files.push_back({std::move(display), false, std::string(rel)});
    }
    for (const std::string& dir : install_dirs) note_install_dir(dir);
    for (std::string_view rel : unreadable) {
      if (filter_.judge(rel, is_venv).kind == Verdict::Read)
        out_.skipped.push_back({join(base, rel), SkipReason::Unreadable});
    }
  }

  void note_install_dir(const std::string& display) { note_install_dir(display, out_); }
  static void note_install_dir(const std::string& display, Discovery& out) {
    out.skipped.push_back({display + "/", SkipReason::DefaultExcluded});
  }

  // Every file under the folder shown as `base`, never following links. `rel`
  // is the folder relative to PATH ("" for PATH itself).
  // One folder of the walk below `base` (a PATH's display prefix): its
  // files go to `out`, its subfolders to `subdirs` (rel, name) for the
  // caller to walk. Safe to call from several threads at once with
  // different `out`s.
  void list_dir(const std::string& base, const std::string& rel, std::string_view dir_name,
                Discovery& out, std::vector<std::pair<std::string, std::string>>& subdirs) {
    // A folder the filter refuses whatever it holds is not even listed.
    std::string dir_display = join(base, rel);
    bool install = false;
    if (!rel.empty() && !filter_.enters_dir(rel, dir_name, false, &install)) {
      if (install) note_install_dir(dir_display, out);
      return;
    }
    const std::string dir = dir_display.empty() ? "." : dir_display;
    struct Entry {
      std::string name;
      unsigned char type;
    };
    std::vector<Entry> entries;
    {
      std::unique_ptr<DIR, int (*)(DIR*)> d(opendir(dir.c_str()), closedir);
      if (!d) {
        out.skipped.push_back({dir, SkipReason::Unreadable});
        return;
      }
      while (dirent* e = readdir(d.get())) {
        std::string_view name = e->d_name;
        if (name != "." && name != "..") entries.push_back({std::string(name), e->d_type});
      }
    }
    // Any folder can be a virtualenv (.venv, env, myenv): its own listing
    // tells (no access() per folder, which was 3% of a run's samples). It is
    // recorded before any of its subfolders is listed.
    if (!rel.empty() && std::any_of(entries.begin(), entries.end(),
                                    [](const Entry& e) { return e.name == "pyvenv.cfg"; })) {
      {
        std::unique_lock lock(venvs_mutex_);
        venvs_.insert(dir_display);
      }
      if (!filter_.enters_dir(rel, dir_name, true, &install)) {
        if (install) note_install_dir(dir_display, out);
        return;
      }
    }
    auto is_venv = [&](std::string_view d) {
      std::shared_lock lock(venvs_mutex_);
      return venvs_.contains(join(base, d));
    };

    for (auto& e : entries) {
      std::string child_rel = join(rel, e.name);
      unsigned char type = e.type;
      if (type == DT_UNKNOWN) {
        struct stat st;
        std::string p = join(dir_display, e.name);
        if (lstat(p.c_str(), &st) != 0) continue;
        type = S_ISDIR(st.st_mode)   ? DT_DIR
               : S_ISLNK(st.st_mode) ? DT_LNK
               : S_ISREG(st.st_mode) ? DT_REG
                                     : DT_FIFO;  // any other kind: not a file
      }
      if (type == DT_DIR) {
        subdirs.emplace_back(std::move(child_rel), std::move(e.name));
      } else if (type == DT_FIFO || type == DT_CHR || type == DT_BLK || type == DT_SOCK) {
        if (filter_.judge(child_rel, is_venv).kind == Verdict::Read)
          out.skipped.push_back({join(base, child_rel), SkipReason::NotAFile});
      } else if (type == DT_REG || type == DT_LNK) {
        Verdict v = filter_.judge(child_rel, is_venv);
        if (v.kind == Verdict::DefaultFile && type == DT_REG)
          out.default_excluded.push_back(excluded_file(base, child_rel, v));
        if (v.kind != Verdict::Read) continue;
        std::string display = join(base, child_rel);
        if (type == DT_LNK)
          out.skipped.push_back({display, SkipReason::Symlink});
        else if (child_rel == display)  // walked from ".": `rel` empty means the same
          out.files.push_back({std::move(display), false, {}});
        else
          out.files.push_back({std::move(display), false, std::move(child_rel)});
      }
    }
  }

  // Every folder below `base`, listed by up to threads_ threads; the lists
  // are merged into out_ (finish() sorts them). A folder of a deep tree
  // costs an open, two getdents and a close: the kernel's part of the walk
  // (0.5 s of system time for 87k folders) is what threads share.
  void walk_all(const std::string& base) {
    using Dir = std::pair<std::string, std::string>;  // rel, name
    std::vector<Dir> queue{{"", ""}};
    if (threads_ <= 1) {
      std::vector<Dir> subdirs;
      while (!queue.empty()) {
        Dir d = std::move(queue.back());
        queue.pop_back();
        list_dir(base, d.first, d.second, out_, subdirs);
        for (Dir& s : subdirs) queue.push_back(std::move(s));
        subdirs.clear();
      }
      return;
    }
    std::mutex mutex;
    std::condition_variable wake;
    size_t busy = 0;  // folders being listed
    std::exception_ptr failure;
    std::vector<Discovery> parts(threads_);
    auto worker = [&](Discovery& out) {
      std::vector<Dir> subdirs;
      std::unique_lock lock(mutex);
      for (;;) {
        wake.wait(lock, [&] { return !queue.empty() || busy == 0 || failure; });
        if (queue.empty() || failure) return;  // no folder left, none being listed
        Dir d = std::move(queue.back());
        queue.pop_back();
        ++busy;
        lock.unlock();
        try {
          list_dir(base, d.first, d.second, out, subdirs);
        } catch (...) {
          lock.lock();
          failure = std::current_exception();
          --busy;
          wake.notify_all();
          return;
        }
        lock.lock();
        --busy;
        for (Dir& s : subdirs) queue.push_back(std::move(s));
        subdirs.clear();
        wake.notify_all();
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads_; ++t) pool.emplace_back(worker, std::ref(parts[t]));
    worker(parts[0]);
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    for (Discovery& part : parts) {
      auto move_all = [](auto& to, auto& from) {
        to.insert(to.end(), std::make_move_iterator(from.begin()),
                  std::make_move_iterator(from.end()));
      };
      move_all(out_.files, part.files);
      move_all(out_.skipped, part.skipped);
      move_all(out_.default_excluded, part.default_excluded);
    }
  }

  Filter filter_;
  IgnoreFiles ignore_files_;
  unsigned threads_;
  fs::path cwd_;
  Discovery out_;
  std::map<std::string, std::unique_ptr<GitWorkTree>> repos_;
  std::set<std::string> venvs_;  // displays of the virtualenvs the walk saw
  std::shared_mutex venvs_mutex_;
};

}  // namespace

Discovery discover(const DiscoverOptions& options) {
  Lister lister(options);
  if (options.paths.empty()) {
    lister.add_path(".");
  } else {
    for (const auto& p : options.paths) lister.add_path(p);
  }
  return std::move(lister).finish();
}

}  // namespace holymigrate

#include "git/git_repo.h"

#include <fmt/format.h>
#include <git2.h>

#include <cstdlib>
#include <ctime>

#include "git/libgit2.h"
#include "util/error.h"

namespace holymigrate {
namespace fs = std::filesystem;

namespace {

template <typename T, auto F>
using Handle = GitHandle<T, F>;
using ReferencePtr = Handle<git_reference, git_reference_free>;
using CommitPtr = Handle<git_commit, git_commit_free>;
using TreePtr = Handle<git_tree, git_tree_free>;
using IndexPtr = Handle<git_index, git_index_free>;
using ConfigPtr = Handle<git_config, git_config_free>;
using SignaturePtr = Handle<git_signature, git_signature_free>;
using ObjectPtr = Handle<git_object, git_object_free>;

std::string last_error() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "libgit2 error";
}

// Throws "<where>: <what>: <libgit2's reason>" when rc < 0.
void check(int rc, const fs::path& where, std::string_view what) {
  if (rc < 0) throw Error(fmt::format("{}: {}: {}", where.string(), what, last_error()));
}

const char* state_name(int state) {
  switch (state) {
    case GIT_REPOSITORY_STATE_MERGE:
      return "a merge";
    case GIT_REPOSITORY_STATE_REVERT:
    case GIT_REPOSITORY_STATE_REVERT_SEQUENCE:
      return "a revert";
    case GIT_REPOSITORY_STATE_CHERRYPICK:
    case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE:
      return "a cherry-pick";
    case GIT_REPOSITORY_STATE_BISECT:
      return "a bisect";
    case GIT_REPOSITORY_STATE_REBASE:
    case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE:
    case GIT_REPOSITORY_STATE_REBASE_MERGE:
      return "a rebase";
    case GIT_REPOSITORY_STATE_APPLY_MAILBOX:
    case GIT_REPOSITORY_STATE_APPLY_MAILBOX_OR_REBASE:
      return "`git am`";
  }
  return "another git operation";
}

SignaturePtr signature(const Person& p, const fs::path& root) {
  git_signature* raw = nullptr;
  check(git_signature_new(&raw, p.name.c_str(), p.email.c_str(), p.time, p.offset_minutes), root,
        fmt::format("cannot use the git identity \"{} <{}>\"", p.name, p.email));
  return SignaturePtr(raw);
}

}  // namespace

void GitRepo::Free::operator()(git_repository* r) const { git_repository_free(r); }

GitRepo::GitRepo(std::unique_ptr<git_repository, Free> repo, fs::path root)
    : repo_(std::move(repo)), root_(std::move(root)) {}
GitRepo::~GitRepo() = default;
GitRepo::GitRepo(GitRepo&&) noexcept = default;
GitRepo& GitRepo::operator=(GitRepo&&) noexcept = default;

GitRepo GitRepo::open(const fs::path& at) {
  use_libgit2();
  std::error_code ec;
  fs::path start = fs::is_directory(at, ec) ? at : at.parent_path();
  if (start.empty()) start = ".";
  // discover() reads repositories of any owner (see discover.cpp), but
  // --commit writes objects, the index and refs: where git would refuse a
  // repository owned by someone else, so do we (safe.directory applies).
  int validation = 0;
  git_libgit2_opts(GIT_OPT_GET_OWNER_VALIDATION, &validation);
  git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 1);
  git_repository* raw = nullptr;
  int rc = git_repository_open_ext(&raw, start.c_str(), 0, nullptr);
  git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, validation);
  std::unique_ptr<git_repository, Free> repo(raw);
  std::string owned_root;
  if (rc == GIT_ENOTFOUND) {
    // libgit2 1.5 reports a repository it refuses for its owner as "not
    // found"; found without the check, that is what happened.
    git_repository* raw_probe = nullptr;
    git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
    int found = git_repository_open_ext(&raw_probe, start.c_str(), 0, nullptr);
    Handle<git_repository, git_repository_free> probe(raw_probe);
    if (found == 0) {
      const char* dir = git_repository_workdir(probe.get());
      owned_root = dir ? dir : git_repository_path(probe.get());
      if (owned_root.size() > 1 && owned_root.back() == '/') owned_root.pop_back();
      rc = GIT_EOWNER;
    }
    git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, validation);
  }
  if (rc == GIT_ENOTFOUND)
    throw Error(fmt::format(
        "{}: not inside a git work tree; --commit needs one (use --write, or `git init` and "
        "commit first)",
        at.string()));
  if (rc == GIT_EOWNER)
    throw Error(fmt::format(
        "{}: the repository is owned by another user, and git would refuse it too; if you "
        "trust it, run `git config --global --add safe.directory {}`",
        at.string(), owned_root.empty() ? "<its root>" : owned_root));
  check(rc, at, "cannot open the git repository");
  const char* workdir = git_repository_workdir(repo.get());
  if (!workdir || git_repository_is_bare(repo.get()))
    throw Error(fmt::format(
        "{}: a bare repository has no work tree; run --commit in a clone (git clone {} ...)",
        at.string(), at.string()));
  return GitRepo(std::move(repo), fs::canonical(workdir));
}

Identity GitRepo::check_can_commit(const std::optional<std::string>& branch) const {
  git_repository* r = repo_.get();
  const std::string where = root_.string();
  int state = git_repository_state(r);
  if (state != GIT_REPOSITORY_STATE_NONE)
    throw Error(fmt::format("{}: {} is in progress; finish or abort it, then run --commit again",
                            where, state_name(state)));
  int unborn = git_repository_head_unborn(r);
  check(unborn, root_, "cannot read HEAD");
  if (unborn)
    throw Error(fmt::format(
        "{}: the repository has no commit yet (HEAD is unborn); make a first commit, then run "
        "--commit again",
        where));
  int detached = git_repository_head_detached(r);
  check(detached, root_, "cannot read HEAD");
  if (detached && !branch)
    throw Error(fmt::format(
        "{}: HEAD is detached (no branch to commit on); check out a branch, or pass --branch "
        "NAME to commit on a new one",
        where));
  if (branch) {
    int valid = 0;
    check(git_branch_name_is_valid(&valid, branch->c_str()), root_, "cannot check --branch");
    if (!valid) throw Error(fmt::format("--branch: \"{}\" is not a valid branch name", *branch));
    git_reference* existing = nullptr;
    int rc = git_branch_lookup(&existing, r, branch->c_str(), GIT_BRANCH_LOCAL);
    ReferencePtr keep(existing);
    if (rc == 0)
      throw Error(fmt::format(
          "--branch: a branch \"{}\" already exists in {}; pick another name or delete it", *branch,
          where));
    if (rc != GIT_ENOTFOUND) check(rc, root_, "cannot look up --branch");
  }

  git_config* raw = nullptr;
  check(git_repository_config_snapshot(&raw, r), root_, "cannot read the git configuration");
  ConfigPtr config(raw);
  Lookup env = [](const std::string& name) -> std::optional<std::string> {
    const char* v = std::getenv(name.c_str());
    if (!v) return std::nullopt;
    return std::string(v);
  };
  Lookup key = [&](const std::string& name) -> std::optional<std::string> {
    const char* v = nullptr;
    if (git_config_get_string(&v, config.get(), name.c_str()) != 0 || !v) return std::nullopt;
    return std::string(v);
  };
  Expected<Identity> who = resolve_identity(env, key, static_cast<int64_t>(std::time(nullptr)));
  if (!who) throw Error(who.error());
  signature(who->author, root_);  // refuses "<" in names etc. now, before any write
  signature(who->committer, root_);
  return who.value();
}

std::vector<std::string> GitRepo::uncommitted(const std::vector<std::string>& paths) const {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    unsigned int flags = 0;
    int rc = git_status_file(&flags, repo_.get(), p.c_str());
    if (rc == GIT_ENOTFOUND || (rc == 0 && flags != GIT_STATUS_CURRENT)) {
      out.push_back(p);
      continue;
    }
    check(rc, root_ / p, "cannot read its git status");
  }
  return out;
}

CommitResult GitRepo::commit(const std::vector<std::string>& paths, const std::string& message,
                             const Identity& who, const std::optional<std::string>& branch) {
  git_repository* r = repo_.get();
  git_reference* raw_head = nullptr;
  check(git_repository_head(&raw_head, r), root_, "cannot read HEAD");
  ReferencePtr head(raw_head);
  git_commit* raw_parent = nullptr;
  check(git_commit_lookup(&raw_parent, r, git_reference_target(head.get())), root_,
        "cannot read the HEAD commit");
  CommitPtr parent(raw_parent);
  git_tree* raw_tree = nullptr;
  check(git_commit_tree(&raw_tree, parent.get()), root_, "cannot read the HEAD tree");
  TreePtr base(raw_tree);

  // `git add` for each file: blob through the repository's filters
  // (core.autocrlf, .gitattributes), index entry with the file's stat.
  git_index* raw_index = nullptr;
  check(git_repository_index(&raw_index, r), root_, "cannot read the git index");
  IndexPtr index(raw_index);
  std::vector<git_tree_update> updates;
  updates.reserve(paths.size());
  for (const std::string& p : paths) {
    check(git_index_add_bypath(index.get(), p.c_str()), root_ / p, "cannot stage the edit");
    const git_index_entry* e = git_index_get_bypath(index.get(), p.c_str(), 0);
    if (!e) throw Error(fmt::format("{}: not in the git index after staging it", p));
    git_tree_update u{};
    u.action = GIT_TREE_UPDATE_UPSERT;
    u.id = e->id;
    u.filemode = static_cast<git_filemode_t>(e->mode);
    u.path = p.c_str();
    updates.push_back(u);
  }
  git_oid tree_id;
  check(git_tree_create_updated(&tree_id, r, base.get(), updates.size(), updates.data()), root_,
        "cannot build the commit's tree");
  check(git_tree_lookup(&raw_tree, r, &tree_id), root_, "cannot read the new tree");
  TreePtr tree(raw_tree);

  // As `git checkout -b NAME` then `git commit`: the branch starts at HEAD,
  // HEAD names it (the work tree and index already hold what it needs), and
  // the commit moves it. Without --branch the current branch moves.
  if (branch) {
    git_reference* created = nullptr;
    check(git_branch_create(&created, r, branch->c_str(), parent.get(), 0), root_,
          fmt::format("cannot create the branch \"{}\"", *branch));
    ReferencePtr keep(created);
    check(git_repository_set_head(r, git_reference_name(created)), root_,
          "cannot check out --branch");
  }
  SignaturePtr author = signature(who.author, root_);
  SignaturePtr committer = signature(who.committer, root_);
  const git_commit* parents[] = {parent.get()};
  git_oid id;
  check(git_commit_create(&id, r, "HEAD", author.get(), committer.get(), nullptr, message.c_str(),
                          tree.get(), 1, parents),
        root_, "cannot create the commit");
  check(git_index_write(index.get()), root_, "cannot write the git index");

  CommitResult out;
  out.id = git_oid_tostr_s(&id);
  git_object* raw_obj = nullptr;
  check(git_object_lookup(&raw_obj, r, &id, GIT_OBJECT_COMMIT), root_, "cannot read the commit");
  ObjectPtr obj(raw_obj);
  git_buf buf = GIT_BUF_INIT;
  check(git_object_short_id(&buf, obj.get()), root_, "cannot abbreviate the commit id");
  out.short_id.assign(buf.ptr, buf.size);
  git_buf_dispose(&buf);
  check(git_repository_head(&raw_head, r), root_, "cannot read HEAD");
  head.reset(raw_head);
  out.branch = git_reference_shorthand(head.get());
  return out;
}

}  // namespace holymigrate

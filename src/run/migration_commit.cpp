#include "run/migration_commit.h"

#include <fmt/format.h>

#include "migrate/patch_base.h"
#include "run/pipeline.h"
#include "util/error.h"

namespace holymigrate {
namespace fs = std::filesystem;

namespace {

std::string counts(size_t total, const std::map<std::string, size_t>& by) {
  std::string detail;
  for (const auto& [name, n] : by) {
    if (n == 0) continue;
    detail += fmt::format("{}{} {}", detail.empty() ? "" : ", ", name, n);
  }
  return detail.empty() ? std::to_string(total) : fmt::format("{} ({})", total, detail);
}

// "a, b, c (and 4 more)": one error line stays readable.
std::string some(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < 3; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > 3) out += fmt::format(" (and {} more)", names.size() - 3);
  return out;
}

}  // namespace

CommitOptions commit_options(const Options& options) {
  return CommitOptions{options.paths,       options.branch,        options.commit_message,
                       options.dirty_files, options.target.host(), options.hard_links};
}

CommitPlan prepare_commit(CommitOptions options) {
  const std::string& first = options.paths.empty() ? std::string(".") : options.paths.front();
  GitRepo repo = GitRepo::open(first);
  for (const std::string& p : options.paths) {
    std::error_code ec;
    fs::path full = fs::canonical(p, ec);
    if (ec) continue;  // discover() reports a missing PATH
    fs::path rel = full.lexically_relative(repo.root());
    if (rel.empty() || *rel.begin() == "..")
      throw Error(fmt::format(
          "{}: not in the git work tree {}; --commit commits to one repository at a time", p,
          repo.root().string()));
  }
  Identity who = repo.check_can_commit(options.branch);
  return CommitPlan{std::move(repo), std::move(who), std::move(options)};
}

std::string commit_message(const Report& report, const CommitOptions& options) {
  const Summary& s = report.summary;
  std::string first = options.message
                          ? *options.message
                          : fmt::format("Migrate LLM endpoints to {}", options.target_host);
  while (!first.empty() && (first.back() == '\n' || first.back() == ' ')) first.pop_back();
  std::string out = first + "\n\n";
  out += fmt::format("files changed: {}\n", s.files_changed);
  // One rule a line: the list outgrows git's 72 columns after two rules.
  out += fmt::format("edits: {}\n", s.edits());
  for (const auto& [rule, n] : s.edits_by_rule)
    if (n) out += fmt::format("  {}: {}\n", rule, n);
  out += fmt::format("findings: {}\n", counts(s.findings(), s.findings_by_severity));
  if (!s.actions.empty()) {
    out += "\nAction items:\n";
    for (const std::string& a : s.actions) out += fmt::format("- {}\n", a);
  }
  out += "\nMade by holymigrate.\n";
  return out;
}

void commit_edits(CommitPlan& plan, StagedWorkspace& staged, Report& report) {
  const CommitOptions& options = plan.options;
  const std::vector<StagedWorkspace::Staged>& edited = staged.staged();
  std::vector<std::string> paths;  // relative to the work tree root
  for (const StagedWorkspace::Staged& f : edited) {
    std::string in_repo = path_in_patch(f.file.display, plan.repo.root(), "");
    if (in_repo.empty())
      throw Error(fmt::format("{}: not in the git work tree {}", f.file.display,
                              plan.repo.root().string()));
    paths.push_back(in_repo);
  }
  if (edited.empty()) return;

  if (options.dirty_files == DirtyFiles::Refuse) {
    std::vector<std::string> dirty = plan.repo.uncommitted(paths);
    if (!dirty.empty())
      throw Error(fmt::format(
          "--commit: {} {} uncommitted changes (or {} not tracked); nothing was written; "
          "commit or stash {}, or pass --allow-dirty to include them in the commit",
          some(dirty), dirty.size() == 1 ? "has" : "have", dirty.size() == 1 ? "is" : "are",
          dirty.size() == 1 ? "it" : "them"));
  }
  // A hard-linked file would be split by the rename (docs/behaviour.md §6).
  if (options.hard_links == HardLinks::Refuse)
    for (const StagedWorkspace::Staged& f : edited)
      if (f.expected.links > 1)
        throw Error(hard_link_refusal(f.file.display, f.expected.links,
                                      "--commit wrote nothing and committed nothing"));
  // Each write checks its file again; checking all first means a file
  // changed by someone else stops the run before the first write.
  for (const StagedWorkspace::Staged& f : edited) {
    auto now = staged.stamp(f.file);
    if (!now || !(*now == f.expected))
      throw Error(fmt::format(
          "{}: changed on disk since it was read; nothing was written; run again", f.file.display));
  }
  for (size_t i = 0; i < edited.size(); ++i) {
    Status written = staged.flush(i);
    if (!written)
      throw Error(
          fmt::format("{}; {} of {} files were written before it, and nothing was committed",
                      written.error(), i, edited.size()));
  }
  // Committed only once every write is on disk.
  if (std::vector<std::string> unflushed = staged.sync_written(); !unflushed.empty())
    throw Error(fmt::format(
        "{}{}; {} of {} files were written, and nothing was committed", unflushed.front(),
        unflushed.size() > 1 ? fmt::format(" (and {} more folders)", unflushed.size() - 1) : "",
        edited.size(), edited.size()));
  CommitResult made =
      plan.repo.commit(paths, commit_message(report, options), plan.who, options.branch);
  report.commit = CommitReport{made.id, made.short_id, made.branch};
}

}  // namespace holymigrate

#include "plan/plan.h"

#include <algorithm>
#include <cassert>

namespace holymigrate {
namespace {

void insert_sorted(std::vector<size_t>& v, size_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

bool contains(const std::vector<size_t>& v, size_t x) {
  return std::binary_search(v.begin(), v.end(), x);
}

}  // namespace

bool FilePlan::keeps_edit(size_t edit) const { return !contains(dropped_edits, edit); }
bool FilePlan::keeps_finding(size_t finding) const { return !contains(dropped_findings, finding); }

void Plan::drop_edit(size_t file, size_t edit) { insert_sorted(files_[file].dropped_edits, edit); }

void Plan::drop_finding(size_t file, size_t finding) {
  insert_sorted(files_[file].dropped_findings, finding);
}

void Plan::set_severity(size_t file, size_t finding, Severity severity) {
  files_[file].severity[finding] = severity;
}

void Plan::add_finding(size_t file, ScanFinding finding) {
  files_[file].added_findings.push_back(std::move(finding));
}

void Plan::add_action(size_t file, ActionItem action) {
  files_[file].added_actions.push_back(std::move(action));
}

const FilePlan& Plan::file(size_t index) const {
  static const FilePlan kNothing;
  auto it = files_.find(index);
  return it == files_.end() ? kNothing : it->second;
}

bool Plan::keeps_edits(const FileScan& scan) const {
  const FilePlan& p = file(scan.index);
  return scan.edits.size() > p.dropped_edits.size();
}

Plan plan(const std::vector<FileScan>& scans, const PlanOptions& /*options*/) {
  Plan out;
  assert(std::is_sorted(scans.begin(), scans.end(),
                        [](const FileScan& a, const FileScan& b) { return a.index < b.index; }));
  (void)scans;
  return out;
}

}  // namespace holymigrate

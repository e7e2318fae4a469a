#include "plan/ties.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace holymigrate {
namespace {

// Union-find over the kept edits (numbered in order) and one node per
// variable after them.
class Groups {
 public:
  size_t add() {
    parent_.push_back(parent_.size());
    return parent_.size() - 1;
  }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root wins, so a group's root is its first edit.
  void unite(size_t a, size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace

Ties tied_edits(const std::vector<FileScan>& scans, const Plan& plan, const RuleSet& rules) {
  Groups groups;
  std::vector<EditRef> refs;
  // node of (file, edit), or npos when the plan drops the edit
  std::vector<std::vector<size_t>> node(scans.size());
  for (size_t f = 0; f < scans.size(); ++f) {
    const FilePlan& decided = plan.file(scans[f].index);
    node[f].assign(scans[f].edits.size(), std::string::npos);
    for (size_t e = 0; e < scans[f].edits.size(); ++e)
      if (decided.keeps_edit(e)) {
        node[f][e] = groups.add();
        refs.push_back({f, e});
      }
  }
  std::map<std::string, size_t, std::less<>> variable_node;
  auto variable = [&](const std::string& name) {
    auto [it, added] = variable_node.try_emplace(name, 0);
    if (added) it->second = groups.add();
    return it->second;
  };
  auto kept = [&](size_t f, int e) {
    return e >= 0 && static_cast<size_t>(e) < node[f].size() && node[f][e] != std::string::npos;
  };
  std::set<size_t> client_nodes;
  std::set<size_t> helper_nodes;
  std::set<size_t> whole_file_nodes;  // client edits tied for want of call spans
  Ties out;
  std::map<size_t, std::set<std::string>> renamed_by;  // edit node -> variables it renames
  for (size_t f = 0; f < scans.size(); ++f) {
    const FileScan& s = scans[f];
    for (const EnvUse& u : s.facts.env) {
      // A mention that neither reads nor provides (prose: README, docs)
      // connects nothing; it is reviewed on its own.
      if (!kept(f, u.edit) || u.how == EnvAccess::Unknown) continue;
      const std::string& name = u.variable.empty() ? u.name : u.variable;
      groups.unite(node[f][u.edit], variable(name));
      renamed_by[node[f][u.edit]].insert(name);
    }
  }
  // Every rename is known before the clients are tied to the variables
  // they read (a client in a.py, its key renamed in .env).
  for (size_t f = 0; f < scans.size(); ++f) {
    const FileScan& s = scans[f];
    // A client rule's edit outside every client call of its file serves
    // the fixes of that rule there (an `import os`): a helper, made with any
    // of them. One inside a call is part of that client's fix (Go's fix is
    // two edits, the call's start and its end) and is tied to it below.
    // When a fixed client's call span is not known, nothing tells the parts
    // of a fix from helpers: that rule's edits in the file are all tied.
    std::set<size_t> fixes;
    std::set<std::string> span_unknown;  // rules with a fixed client of unknown span
    for (const ClientUse& c : s.facts.clients)
      if (c.fixed && kept(f, c.edit)) {
        fixes.insert(static_cast<size_t>(c.edit));
        if (c.end <= c.offset) span_unknown.insert(c.rule);
      }
    auto in_a_call = [&](const Edit& edit) {
      return std::any_of(s.facts.clients.begin(), s.facts.clients.end(), [&](const ClientUse& c) {
        return c.end > c.offset && edit.begin >= c.offset && edit.end <= c.end;
      });
    };
    std::map<std::string, size_t> first_of_rule;  // for rules in span_unknown
    for (size_t e = 0; e < s.edits.size(); ++e) {
      if (!kept(f, static_cast<int>(e))) continue;
      const Edit& edit = s.edits[e].edit;
      const Rule* rule = rules.rule(edit.rule);
      if (!rule || rule->kind != RuleKind::Client) continue;
      if (span_unknown.count(edit.rule)) {
        auto [it, added] = first_of_rule.try_emplace(edit.rule, node[f][e]);
        if (!added) groups.unite(it->second, node[f][e]);
        client_nodes.insert(node[f][e]);
        whole_file_nodes.insert(node[f][e]);
        continue;
      }
      if (fixes.count(e) || in_a_call(edit)) continue;
      HelperEdit h{{f, e}, {}};
      for (size_t x : fixes)
        if (s.edits[x].edit.rule == edit.rule) h.needed_by.push_back({f, x});
      if (h.needed_by.empty()) continue;
      helper_nodes.insert(node[f][e]);
      out.helpers.push_back(std::move(h));
    }
    for (const ClientUse& c : s.facts.clients) {
      std::vector<size_t> tied;
      if (c.fixed && kept(f, c.edit)) tied.push_back(node[f][c.edit]);
      if (c.end > c.offset)
        for (size_t e = 0; e < s.edits.size(); ++e) {
          const Edit& edit = s.edits[e].edit;
          if (kept(f, static_cast<int>(e)) && edit.begin >= c.offset && edit.end <= c.end)
            tied.push_back(node[f][e]);
        }
      if (tied.empty()) continue;
      for (size_t n : tied) {
        groups.unite(tied.front(), n);
        client_nodes.insert(n);
      }
      for (const std::string& v : c.reads_env)
        if (variable_node.count(v)) groups.unite(tied.front(), variable(v));
    }
  }

  std::map<size_t, size_t> group_of_root;  // root -> index into out.groups
  for (size_t n = 0; n < refs.size(); ++n) {
    if (helper_nodes.count(n)) continue;
    size_t root = groups.find(n);
    auto [it, added] = group_of_root.try_emplace(root, out.groups.size());
    if (added) out.groups.emplace_back();
    TiedEdits& g = out.groups[it->second];
    g.edits.push_back(refs[n]);
    g.client = g.client || client_nodes.count(n);
    g.client_edits_of_file = g.client_edits_of_file || whole_file_nodes.count(n);
    if (auto r = renamed_by.find(n); r != renamed_by.end())
      for (const std::string& v : r->second)
        if (std::find(g.variables.begin(), g.variables.end(), v) == g.variables.end())
          g.variables.push_back(v);
  }
  for (TiedEdits& g : out.groups) std::sort(g.variables.begin(), g.variables.end());
  return out;
}

}  // namespace holymigrate

#include "engine/collisions.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "engine/env_facts.h"
#include "util/file_format.h"
#include "util/yaml_stream.h"

namespace holymigrate {
namespace {

bool is_ident_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
bool ident_char_or_dash(char c) { return is_ident_char(c) || c == '-'; }
bool is_identifier(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_ident_char);
}
// A rename of one name to another (env-rename rules and [env] maps), as
// opposed to an endpoint or client edit.
bool is_rename(std::string_view text, const Edit& e) {
  return is_identifier(text.substr(e.begin, e.end - e.begin)) && is_identifier(e.replacement);
}

// One named entry of a scope.
struct Entry {
  size_t begin = 0, end = 0;            // the whole entry (key through value)
  size_t name_begin = 0, name_end = 0;  // where its name is written
  std::string name_after;               // its name once the edits are applied
  bool renamed = false;                 // an edit changes its name
  size_t cut_begin = 0, cut_end = 0;    // what removing it deletes; cut_end == 0: cannot
  size_t same_begin = 0, same_end = 0;  // what must match for two entries to be one
  std::string context;                  // and this: the control actions around it (Helm templates)
};

class Resolver {
 public:
  Resolver(std::string_view text, FileResult& result)
      : text_(text),
        result_(result),
        lines_(text),
        sorted_(std::is_sorted(result.edits.begin(), result.edits.end(), by_begin)) {}

  // [begin, end) with the edits that lie inside it applied.
  std::string after(size_t begin, size_t end) const {
    std::string out;
    size_t at = begin;
    for (const Edit& e : edits_within(begin, end)) {
      if (e.begin < begin || e.end > end) continue;
      if (e.begin < at) continue;
      out.append(text_.substr(at, e.begin - at));
      out.append(e.replacement);
      at = e.end;
    }
    out.append(text_.substr(at, end - at));
    return out;
  }
  bool edited(size_t begin, size_t end) const {
    std::span<const Edit> in = edits_within(begin, end);
    return std::any_of(in.begin(), in.end(), [&](const Edit& e) {
      return e.begin >= begin && e.end <= end && e.begin < e.end;
    });
  }
  Entry entry(size_t begin, size_t end, size_t name_begin, size_t name_end) const {
    Entry e;
    e.begin = begin;
    e.end = end;
    e.name_begin = name_begin;
    e.name_end = name_end;
    e.name_after = after(name_begin, name_end);
    e.renamed = e.name_after != text_.substr(name_begin, name_end - name_begin);
    e.same_begin = begin;
    e.same_end = end;
    return e;
  }

  size_t line_start(size_t at) const { return lines_.line_start(lines_.line(at)); }
  // One past the line break that ends the line holding `at` (the text's end
  // when it has none).
  size_t line_end(size_t at) const {
    size_t nl = text_.find('\n', at);
    return nl == std::string_view::npos ? text_.size() : nl + 1;
  }
  bool blank(size_t begin, size_t end) const {
    return text_.substr(begin, end - begin).find_first_not_of(" \t") == std::string_view::npos;
  }
  // The rest of the line after `at` holds nothing but spaces, a comment, a line break.
  bool rest_is_blank(size_t at) const {
    size_t e = line_end(at);
    std::string_view rest = text_.substr(at, e - at);
    size_t i = rest.find_first_not_of(" \t\r\n");
    return i == std::string_view::npos || rest[i] == '#';
  }
  size_t line(size_t at) const { return lines_.line(at); }

  // Decides one scope's entries.
  void scope(std::vector<Entry>& entries, std::string_view where) {
    std::map<std::string, std::vector<size_t>> by_name;
    for (size_t i = 0; i < entries.size(); ++i)
      if (!entries[i].name_after.empty()) by_name[entries[i].name_after].push_back(i);
    for (auto& [name, idx] : by_name) {
      if (idx.size() < 2) continue;
      // Entries that shared one name before the run share it after it
      // whatever the renames do: not ours (as may_collide() sees it).
      // (idx[0] named outside the lambda: clang refuses to capture a
      // structured binding, which scripts/fuzz builds with.)
      const std::string_view first_written = written(entries[idx[0]]);
      if (std::all_of(idx.begin(), idx.end(),
                      [&](size_t i) { return written(entries[i]) == first_written; }))
        continue;
      std::string first = after(entries[idx[0]].same_begin, entries[idx[0]].same_end);
      bool same = true, cuttable = true;
      for (size_t k = 1; k < idx.size(); ++k) {
        same = same && after(entries[idx[k]].same_begin, entries[idx[k]].same_end) == first &&
               entries[idx[k]].context == entries[idx[0]].context;
        cuttable = cuttable && entries[idx[k]].cut_end > entries[idx[k]].cut_begin;
      }
      if (same && cuttable) {
        for (size_t k = 1; k < idx.size(); ++k) cut(entries[idx[k]]);
      } else if (record_) {
        record(entries, idx, name, where);
      } else {
        refuse(entries, idx, name, where);
      }
    }
  }

  void finish() {
    std::erase_if(result_.edits, [&](const Edit& e) {
      return std::any_of(drops_.begin(), drops_.end(), [&](const std::pair<size_t, size_t>& d) {
        return e.begin >= d.first && e.end <= d.second && (e.begin < e.end || e.begin > d.first);
      });
    });
    for (Edit& e : cuts_) result_.edits.push_back(std::move(e));
    std::stable_sort(result_.edits.begin(), result_.edits.end(),
                     [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    std::stable_sort(result_.findings.begin(), result_.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  }

  // Pass 1: scope() records the groups it would refuse in `out` and the
  // merges it would make are not kept (finish() is not called).
  void record_into(std::vector<Collision>* out) { record_ = out; }

  void add_finding(Finding f) { result_.findings.push_back(std::move(f)); }
  std::string_view text() const { return text_; }
  const FileResult& result() const { return result_; }

 private:
  // An entry's name as the file spells it, before any edit.
  std::string_view written(const Entry& e) const {
    return text_.substr(e.name_begin, e.name_end - e.name_begin);
  }
  void cut(const Entry& e) {
    drops_.push_back({e.cut_begin, e.cut_end});
    // Its own rule id: the action items read env-rename edits for the names
    // to provide, and a deletion provides none.
    cuts_.push_back({e.cut_begin, e.cut_end, "", "rename-collision"});
  }
  void refuse(const std::vector<Entry>& entries, const std::vector<size_t>& idx,
              const std::string& name, std::string_view where) {
    for (size_t i : idx) {
      const Entry& e = entries[i];
      if (!e.renamed) continue;
      std::vector<std::string> others;
      for (size_t j : idx)
        if (j != i)
          others.push_back(
              fmt::format("{} (line {})", written(entries[j]), line(entries[j].begin)));
      // Drop the renames inside the entry (its name and any ${X} / secrets.X
      // in its value); endpoint edits stay.
      for (const Edit& x : result_.edits)
        if (x.begin >= e.begin && x.end <= e.end && is_rename(text_, x))
          drops_.push_back({x.begin, x.end});
      Finding f;
      f.begin = e.name_begin;
      f.end = e.name_end;
      f.rule = "rename-collision";
      f.severity = Severity::Error;
      f.message = fmt::format(
          "{} and {} would both become {} in this {} with different values, so neither was "
          "renamed: keep one entry named {} that holds the HolySheep value (docs/behaviour.md "
          "§11.2)",
          written(e), fmt::join(others, " and "), name, where, name);
      result_.findings.push_back(std::move(f));
    }
  }

  static bool by_begin(const Edit& a, const Edit& b) { return a.begin < b.begin; }
  // The edits that may lie inside [begin, end]: with the edits sorted (as
  // they come from the scan), only those that start there, found by binary
  // search instead of a pass over all of them for each entry (a 2.8 MB
  // OpenAPI file has thousands of entries and hundreds of edits); every
  // edit otherwise. Callers still test each edit's bounds.
  std::span<const Edit> edits_within(size_t begin, size_t end) const {
    const std::vector<Edit>& all = result_.edits;
    if (!sorted_) return all;
    auto lo = std::lower_bound(all.begin(), all.end(), begin,
                               [](const Edit& e, size_t at) { return e.begin < at; });
    auto hi =
        std::upper_bound(lo, all.end(), end, [](size_t at, const Edit& e) { return at < e.begin; });
    return {lo, hi};
  }

  // CollisionEntry::variable (model/facts.h): the variable the rename inside
  // the entry's name names, found as scan.cpp finds EnvUse::variable; else
  // the name as written.
  std::string renamed_variable(const Entry& e) const {
    for (const Edit& x : edits_within(e.name_begin, e.name_end))
      if (x.begin >= e.name_begin && x.end <= e.name_end && is_rename(text_, x))
        return variable_at(text_, x.begin, x.end);  // as EnvUse::variable is found
    return std::string(written(e));
  }

  void record(const std::vector<Entry>& entries, const std::vector<size_t>& idx,
              const std::string& name, std::string_view where) {
    Collision c;
    c.target = name;
    c.scope = std::string(where);
    for (size_t i : idx) {
      const Entry& e = entries[i];
      CollisionEntry x;
      x.name = std::string(written(e));
      x.variable = renamed_variable(e);
      x.renamed = e.renamed;
      x.begin = e.name_begin;
      x.end = e.name_end;
      c.entries.push_back(std::move(x));
    }
    record_->push_back(std::move(c));
  }

  std::string_view text_;
  FileResult& result_;
  std::vector<Collision>* record_ = nullptr;
  LineIndex lines_;
  bool sorted_;  // result_.edits by begin (they do not change before finish())
  std::vector<std::pair<size_t, size_t>> drops_;
  std::vector<Edit> cuts_;
};

// ---- YAML and JSON -------------------------------------------------------

// Where the `-` of a block sequence item stands, when only spaces precede it
// on its line; npos otherwise.
size_t dash_before(std::string_view text, size_t item_begin, const Resolver& r) {
  size_t i = item_begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == 0 || text[i - 1] != '-') return std::string_view::npos;
  size_t dash = i - 1;
  if (!r.blank(r.line_start(dash), dash)) return std::string_view::npos;
  return dash;
}

// Sets how removing entry i of a collection deletes it: whole lines in block
// style, the entry and one comma in flow style.
void set_cut(Entry& e, const YamlNode& parent, const std::vector<std::pair<size_t, size_t>>& spans,
             size_t i, const Resolver& r, bool sequence) {
  std::string_view text = r.text();
  if (parent.flow) {
    // A lone entry has no neighbour to take a comma from: it stays (no cut).
    if (spans.size() < 2) return;
    if (i + 1 < spans.size()) {
      e.cut_begin = spans[i].first;
      e.cut_end = spans[i + 1].first;
    } else if (i > 0) {
      e.cut_begin = spans[i - 1].second;
      e.cut_end = spans[i].second;
    }
    // Only commas, blanks and a closing quote may lie between: else leave it.
    std::string_view gap =
        i + 1 < spans.size()
            ? text.substr(spans[i].second, spans[i + 1].first - spans[i].second)
            : text.substr(spans[i - 1].second, spans[i].first - spans[i - 1].second);
    if (gap.find_first_not_of(" \t\r\n,\"'") != std::string_view::npos) e.cut_end = 0;
    return;
  }
  size_t start = sequence ? dash_before(text, spans[i].first, r) : spans[i].first;
  if (start == std::string_view::npos || !r.blank(r.line_start(start), start)) return;
  size_t last = spans[i].second > spans[i].first ? spans[i].second - 1 : spans[i].first;
  if (!r.rest_is_blank(spans[i].second)) return;
  e.cut_begin = r.line_start(start);
  e.cut_end = r.line_end(last);
}

void walk(const YamlNode& node, Resolver& r) {
  std::string_view text = r.text();
  if (node.is_mapping()) {
    std::vector<Entry> entries;
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t i = 0; i + 1 < node.items.size(); i += 2)
      spans.push_back({node.items[i].begin, std::max(node.items[i + 1].end, node.items[i].end)});
    for (size_t i = 0; i + 1 < node.items.size(); i += 2) {
      const YamlNode& key = node.items[i];
      if (!key.is_scalar()) continue;
      size_t nb = key.begin, ne = key.end;
      if (key.flow && ne > nb + 1) ++nb, --ne;  // inside the quotes
      Entry e = r.entry(spans[i / 2].first, spans[i / 2].second, nb, ne);
      set_cut(e, node, spans, i / 2, r, false);
      entries.push_back(std::move(e));
    }
    r.scope(entries, node.flow ? "object" : "mapping");
  } else if (node.is_sequence()) {
    std::vector<Entry> entries;
    std::vector<std::pair<size_t, size_t>> spans;
    for (const YamlNode& item : node.items) spans.push_back({item.begin, item.end});
    for (size_t i = 0; i < node.items.size(); ++i) {
      const YamlNode& item = node.items[i];
      Entry e;
      if (item.is_mapping()) {
        const YamlNode* name = item.get("name");
        if (!name || !name->is_scalar()) continue;
        size_t nb = name->begin, ne = name->end;
        if (name->flow && ne > nb + 1) ++nb, --ne;
        e = r.entry(item.begin, item.end, nb, ne);
      } else if (item.is_scalar()) {
        // compose `- NAME=value` (or a bare `- NAME`, which passes the host's value)
        size_t nb = item.begin + (item.flow ? 1 : 0);
        size_t eq = text.find('=', nb);
        size_t ne =
            eq != std::string_view::npos && eq < item.end ? eq : item.end - (item.flow ? 1 : 0);
        if (!is_identifier(text.substr(nb, ne - nb))) continue;
        e = r.entry(item.begin, item.end, nb, ne);
        if (item.flow) ++e.same_begin, --e.same_end;  // "A=1" is A=1
      } else {
        continue;
      }
      set_cut(e, node, spans, i, r, true);
      entries.push_back(std::move(e));
    }
    r.scope(entries, "list");
  }
  for (const YamlNode& child : node.items) walk(child, r);
}

// ---- Helm templates ------------------------------------------------------

// A YAML file with `{{ }}` actions, which no YAML parser reads (a Helm
// template), is read by indentation, like engine/env_facts.cpp's
// template_entry(): a line `NAME: …` is a mapping entry and a line `- …` a
// list item (named by its `name:` key, or `NAME=value`); each runs on over
// the lines indented deeper. The entries under one parent line are one
// scope. A line of actions only (`{{- if … }}`, `{{- toYaml . | nindent 8 }}`)
// is no entry. Two entries are one only when they stand under the same
// control actions (`if`/`range`/`with`/`else`): an entry rendered under a
// condition is not the same as one rendered always. An entry with an action
// line inside it is never cut (its `{{ end }}` may lie outside). Written by
// hand because no YAML parser reads templates.
struct TemplateLine {
  size_t begin = 0, body = 0, end = 0, next = 0;  // line, first non-blank, content end, next line
  size_t indent = 0;
  bool blank = false;    // empty or a comment
  bool actions = false;  // nothing but `{{ … }}` actions
};

// The control actions of a line of actions, applied to `stack` (an id per
// open block; `else` gives the top a new id).
void control(std::string_view line, size_t at, std::vector<size_t>& stack) {
  for (size_t open = line.find("{{"); open != std::string_view::npos;
       open = line.find("{{", open + 2)) {
    size_t close = line.find("}}", open);
    std::string_view a =
        line.substr(open + 2, close == std::string_view::npos ? 0 : close - open - 2);
    size_t w = a.find_first_not_of("- \t");
    a = w == std::string_view::npos ? std::string_view() : a.substr(w);
    auto word = [&](std::string_view k) {
      return a.starts_with(k) && (a.size() == k.size() || a[k.size()] == ' ' || a[k.size()] == '-');
    };
    if (word("if") || word("range") || word("with") || word("define") || word("block")) {
      stack.push_back(at + open);
    } else if (word("else")) {
      if (!stack.empty()) stack.back() = at + open;
    } else if (word("end")) {
      if (!stack.empty()) stack.pop_back();
    }
  }
}

bool only_actions(std::string_view body) {
  size_t at = 0;
  while (at < body.size()) {
    size_t i = body.find_first_not_of(" \t\r", at);
    if (i == std::string_view::npos) return true;
    if (body.substr(i, 2) != "{{") return false;
    size_t close = body.find("}}", i);
    if (close == std::string_view::npos) return false;
    at = close + 2;
  }
  return true;
}

void template_scopes(Resolver& r) {
  std::string_view text = r.text();
  std::vector<TemplateLine> lines;
  for (size_t pos = 0; pos < text.size();) {
    TemplateLine l;
    l.begin = pos;
    l.next = r.line_end(pos);
    l.end = l.next;
    while (l.end > pos && (text[l.end - 1] == '\n' || text[l.end - 1] == '\r')) --l.end;
    l.body = pos;
    while (l.body < l.end && text[l.body] == ' ') ++l.body;
    l.indent = l.body - pos;
    std::string_view body = text.substr(l.body, l.end - l.body);
    l.blank = body.empty() || body.starts_with('#');
    l.actions = !l.blank && body.starts_with("{{") && only_actions(body);
    lines.push_back(l);
    pos = l.next;
  }
  auto body_of = [&](const TemplateLine& l) { return text.substr(l.body, l.end - l.body); };
  // (document, parent line or npos, list?) -> its entries
  using Scope = std::tuple<size_t, size_t, bool>;
  std::map<Scope, std::vector<Entry>> scopes;
  std::vector<Scope> order;
  std::vector<size_t> stack;               // open control actions
  size_t opaque = std::string_view::npos;  // lines deeper than this are a block scalar's
  size_t doc = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const TemplateLine& l = lines[k];
    if (l.blank) continue;
    if (opaque != std::string_view::npos) {
      if (l.indent > opaque) continue;
      opaque = std::string_view::npos;
    }
    std::string_view body = body_of(l);
    if (l.actions) {
      control(body, l.body, stack);
      continue;
    }
    if (l.indent == 0 && body.starts_with("---")) {
      ++doc;
      continue;
    }
    const bool item = body.starts_with("- ") || body == "-";
    std::string_view content = item ? body.substr(std::min<size_t>(2, body.size())) : body;
    size_t content_at = l.body + (body.size() - content.size());
    // A block scalar (`key: |`, `- |-`) holds text, not entries.
    std::string_view tail = content;
    while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\t')) tail.remove_suffix(1);
    if (tail.ends_with("|") || tail.ends_with(">") || tail.ends_with("|-") ||
        tail.ends_with(">-") || tail.ends_with("|+") || tail.ends_with(">+"))
      opaque = l.indent;
    // The entry's last line: the last non-blank line indented deeper.
    size_t last = k;
    bool inner_actions = false;
    for (size_t j = k + 1; j < lines.size(); ++j) {
      if (lines[j].blank) continue;
      if (lines[j].indent <= l.indent && !(lines[j].actions && lines[j].indent > l.indent)) break;
      if (lines[j].actions) {
        inner_actions = true;
        continue;
      }
      last = j;
    }
    // The parent: the nearest earlier entry line indented less (a list item
    // may stand at its parent's indentation).
    size_t parent = std::string_view::npos;
    for (size_t j = k; j-- > 0;) {
      const TemplateLine& p = lines[j];
      if (p.blank || p.actions) continue;
      std::string_view pb = body_of(p);
      if (p.indent < l.indent || (item && p.indent == l.indent && !pb.starts_with("- "))) {
        parent = p.begin;
        break;
      }
    }
    // Its name: `- name: X` (also a later `name:` key of the item), `- X=v`, `X: v`.
    size_t nb = 0, ne = 0;
    // The key at the start of `s` (file offset `at`), bare or quoted, when
    // `term` follows it (':' then a blank or the end, for a mapping key).
    auto key_at = [&](size_t at, std::string_view s, char term) -> std::pair<size_t, size_t> {
      size_t q = (!s.empty() && (s[0] == '"' || s[0] == '\'')) ? 1 : 0;
      size_t e = q;
      while (e < s.size() && is_ident_char(s[e])) ++e;
      if (e == q || (q && (e >= s.size() || s[e] != s[0]))) return {0, 0};
      size_t after = e + q;
      if (after >= s.size() || s[after] != term) return {0, 0};
      if (term == ':' && after + 1 < s.size() && s[after + 1] != ' ' && s[after + 1] != '\t')
        return {0, 0};
      return {at + q, at + e};
    };
    std::string_view name_value;
    size_t name_value_at = 0;
    if (item) {
      if (content.starts_with("name:")) {
        name_value_at = content_at + 5;
        name_value = content.substr(5);
      } else {
        size_t col = content_at - l.begin;
        for (size_t j = k + 1; j <= last; ++j)
          if (!lines[j].blank && !lines[j].actions && lines[j].indent == col &&
              body_of(lines[j]).starts_with("name:")) {
            name_value_at = lines[j].body + 5;
            name_value = body_of(lines[j]).substr(5);
          }
      }
      if (name_value_at) {
        size_t s = name_value.find_first_not_of(" \t");
        if (s != std::string_view::npos) {
          std::string_view v = name_value.substr(s);
          size_t q = (v[0] == '"' || v[0] == '\'') ? 1 : 0;
          size_t e = q;
          while (e < v.size() && is_ident_char(v[e])) ++e;
          bool closed = q ? e < v.size() && v[e] == v[0] : true;
          if (e > q && closed && (q ? e + 1 : e) >= v.find_last_not_of(" \t") + 1) {
            nb = name_value_at + s + q;
            ne = name_value_at + s + e;
          }
        }
      } else if (content.find(": ") == std::string_view::npos && !content.ends_with(':')) {
        std::tie(nb, ne) = key_at(content_at, content, '=');
      }
    } else {
      std::tie(nb, ne) = key_at(content_at, content, ':');
    }
    if (nb >= ne) continue;
    Entry e = r.entry(l.body, lines[last].end, nb, ne);
    if (!inner_actions) {
      e.cut_begin = l.begin;
      e.cut_end = lines[last].next;
    }
    for (size_t id : stack) e.context += std::to_string(id) + ",";
    Scope key{doc, parent, item};
    if (!scopes.contains(key)) order.push_back(key);
    scopes[key].push_back(std::move(e));
  }
  for (const Scope& key : order) r.scope(scopes[key], std::get<2>(key) ? "list" : "mapping");
}

// ---- .env ----------------------------------------------------------------

void dotenv(Resolver& r) {
  std::string_view text = r.text();
  std::vector<Entry> entries;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = r.line_end(pos);
    std::string_view l = text.substr(pos, end - pos);
    size_t i = l.find_first_not_of(" \t");
    if (i != std::string_view::npos && l[i] != '#') {
      if (l.substr(i).starts_with("export ")) i = l.find_first_not_of(' ', i + 7);
      size_t eq = l.find('=', i);
      if (i != std::string_view::npos && eq != std::string_view::npos) {
        size_t ne = eq;
        while (ne > i && (l[ne - 1] == ' ' || l[ne - 1] == '\t')) --ne;
        size_t content_end = end;
        while (content_end > pos &&
               (text[content_end - 1] == '\n' || text[content_end - 1] == '\r'))
          --content_end;
        Entry e = r.entry(pos + i, content_end, pos + i, pos + ne);
        e.cut_begin = pos;
        e.cut_end = end;
        entries.push_back(std::move(e));
      }
    }
    pos = end;
  }
  r.scope(entries, ".env file");
}

// ---- TOML ----------------------------------------------------------------

// Each table (`[env]`, `[[services.env]]`, the root) is one scope of
// `NAME = value` lines (fly.toml, netlify.toml, pyproject tool sections). A
// dotted key (`env.NAME = value`, `a . "b" . NAME`) is an entry of the table
// its prefix leads to: its scope is the header plus that prefix, so
// `env.OPENAI_API_KEY` and `env.ANTHROPIC_API_KEY` at the root meet, while
// `build.OPENAI_API_KEY` is elsewhere. An entry whose value goes on past its
// line (multi-line strings and arrays) can be refused but not cut.
// Written by hand: toml++ gives no byte spans for keys, which the edits need.
void toml(Resolver& r) {
  std::string_view text = r.text();
  std::map<std::string, std::vector<Entry>> scopes;  // header + " " + dotted prefix
  std::vector<std::string> order;                    // scopes as first seen
  std::string header;
  auto flush = [&] {
    for (const std::string& key : order) r.scope(scopes[key], "TOML table");
    scopes.clear();
    order.clear();
  };
  for (size_t pos = 0; pos < text.size();) {
    size_t end = r.line_end(pos);
    std::string_view l = text.substr(pos, end - pos);
    size_t i = l.find_first_not_of(" \t");
    if (i != std::string_view::npos && l[i] == '[') {
      flush();
      size_t close = l.find(']', i);
      header = std::string(l.substr(i, close == std::string_view::npos ? 0 : close - i));
    } else if (i != std::string_view::npos && l[i] != '#') {
      // The key's segments: bare (A-Za-z0-9_-) or quoted, joined by '.'.
      std::string prefix;
      size_t nb = 0, ne = 0, at = i;
      bool ok = true;
      for (;;) {
        size_t sb = at, se = at;
        if (at < l.size() && (l[at] == '"' || l[at] == '\'')) {
          size_t q = l.find(l[at], at + 1);
          if (q == std::string_view::npos) {
            ok = false;
            break;
          }
          sb = at + 1;
          se = q;
          at = q + 1;
        } else {
          while (at < l.size() && ident_char_or_dash(l[at])) ++at;
          se = at;
          if (se == sb) {
            ok = false;
            break;
          }
        }
        nb = sb;
        ne = se;
        size_t next = l.find_first_not_of(" \t", at);
        if (next == std::string_view::npos || l[next] != '.') {
          at = next;
          break;
        }
        prefix += std::string(l.substr(sb, se - sb)) + ".";
        at = l.find_first_not_of(" \t", next + 1);
        if (at == std::string_view::npos) {
          ok = false;
          break;
        }
      }
      if (ok && at != std::string_view::npos && l[at] == '=') {
        size_t eq = at;
        size_t content_end = end;
        while (content_end > pos &&
               (text[content_end - 1] == '\n' || text[content_end - 1] == '\r'))
          --content_end;
        Entry e = r.entry(pos + i, content_end, pos + nb, pos + ne);
        // What must match is the value: the dotted prefix is the scope.
        e.same_begin = pos + eq;
        std::string_view value = text.substr(pos + eq + 1, content_end - pos - eq - 1);
        size_t v = value.find_first_not_of(" \t");
        bool one_line = v != std::string_view::npos && !value.substr(v).starts_with("\"\"\"") &&
                        !value.substr(v).starts_with("'''") &&
                        std::count(value.begin(), value.end(), '[') ==
                            std::count(value.begin(), value.end(), ']') &&
                        std::count(value.begin(), value.end(), '{') ==
                            std::count(value.begin(), value.end(), '}');
        if (one_line) {
          e.cut_begin = pos;
          e.cut_end = end;
        }
        std::string key = header + " " + prefix;
        if (!scopes.contains(key)) order.push_back(key);
        scopes[key].push_back(std::move(e));
      }
    }
    pos = end;
  }
  flush();
}

// ---- code ----------------------------------------------------------------

// A read used as a condition: `!X`, `if X`, `X ?`, `X &&`, `X is None`,
// `"X" in os.environ`.
bool conditional_read(std::string_view text, size_t begin, size_t end, const Resolver& r) {
  size_t ls = r.line_start(begin), le = r.line_end(begin);
  std::string_view line = text.substr(ls, le - ls);
  size_t first = line.find_first_not_of(" \t}");
  std::string_view head = first == std::string_view::npos ? "" : line.substr(first);
  for (std::string_view comment : {"//", "#", "/*", "*", "--"})
    if (head.starts_with(comment)) return false;  // prose, not a condition
  // The read must stand in the condition itself: `if (apiKey) env.X = k` is
  // an assignment guarded by something else.
  for (std::string_view kw : {"if ", "if(", "elif ", "else if", "while ", "while("}) {
    if (!head.starts_with(kw)) continue;
    size_t at = ls + first + kw.size();
    while (at < le && (text[at] == ' ' || text[at] == '\t')) ++at;
    size_t cond_end = le;
    if (at < le && text[at] == '(') {  // C-like: up to the matching ')'
      int depth = 0;
      for (size_t i = at; i < le; ++i) {
        depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        if (depth == 0) {
          cond_end = i;
          break;
        }
      }
    } else {  // Python: up to the last ':' on the line
      size_t colon = text.substr(ls, le - ls).rfind(':');
      if (colon != std::string_view::npos) cond_end = ls + colon;
    }
    return end <= cond_end;
  }
  // `!process.env.X`, `!ENV["X"]`: a `!` that starts the access expression.
  std::string_view before = text.substr(ls, begin - ls);
  size_t expr = before.find_last_of(" \t(=,;&|");
  std::string_view access = expr == std::string_view::npos ? before : before.substr(expr + 1);
  if (access.starts_with('!')) return true;
  // `||` / `or` / `??` are left out: `A || B` is a fallback, which still
  // works when both names are one.
  std::string_view rest = text.substr(end, le - end);
  for (std::string_view op : {" ? ", "&&", " is None", " is not None", " in os.environ", " and "})
    if (rest.find(op) != std::string_view::npos) return true;
  return false;
}

// A read of a renamed variable in code: where it is read, the source name
// and its target.
struct CodeRead {
  size_t begin = 0, end = 0;
  std::string from, target;
};

// JS: the binding a destructured env key gives (`{ X }` -> X, `{ X: key }`
// -> key; engine/meaning.h keeps only such keys as renames in patterns), or
// "" when the edit at [begin, end) is none.
std::string_view destructured_binding(std::string_view text, const Edit& e) {
  std::string_view target = renamed_name(e);
  if (e.replacement.size() > target.size())  // shorthand: "T: X"
    return text.substr(e.begin, e.end - e.begin);
  size_t at = text.find_first_not_of(" \t", e.end);
  if (at == std::string_view::npos || text[at] != ':' || text.substr(at, 2) == "::") return {};
  size_t b = text.find_first_not_of(" \t", at + 1);
  if (b == std::string_view::npos) return {};
  size_t x = b;
  while (x < text.size() && (is_ident_char(text[x]) || text[x] == '$')) ++x;
  return x > b ? text.substr(b, x - b) : std::string_view();
}

void code(Resolver& r, bool javascript) {
  std::string_view text = r.text();
  std::map<std::string, std::vector<std::string>> sources;  // target -> source names
  std::vector<CodeRead> reads;
  for (const Edit& e : r.result().edits) {
    std::string_view target = renamed_name(e);
    std::string from(text.substr(e.begin, e.end - e.begin));
    if (!is_identifier(from) || !is_identifier(target)) continue;
    auto& v = sources[std::string(target)];
    if (std::find(v.begin(), v.end(), from) == v.end()) v.push_back(from);
    std::string_view binding = javascript ? destructured_binding(text, e) : std::string_view();
    if (binding.empty()) {
      if (is_rename(text, e)) reads.push_back({e.begin, e.end, from, std::string(target)});
      continue;
    }
    // docs/behaviour.md §4.3: the binding's later uses read the variable.
    size_t after = binding.data() + binding.size() - text.data();
    for (size_t at = text.find(binding, after); at != std::string_view::npos;
         at = text.find(binding, at + binding.size())) {
      size_t end = at + binding.size();
      bool word = (at == 0 || !is_ident_char(text[at - 1])) &&
                  (end >= text.size() || !is_ident_char(text[end]));
      if (word && at > 0 && text[at - 1] != '.' && text[at - 1] != '$')
        reads.push_back({at, end, from, std::string(target)});
    }
  }
  std::vector<Finding> out;
  for (const CodeRead& read : reads) {
    const auto& names = sources[read.target];
    // Aliases of one provider (OPENAI_BASE_URL, OPENAI_API_BASE) need no
    // telling apart: only names of two providers (their first word) count.
    auto provider = [](const std::string& n) { return n.substr(0, n.find('_')); };
    bool two_providers = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
      return provider(n) != provider(names.front());
    });
    if (!two_providers || !conditional_read(text, read.begin, read.end, r)) continue;
    Finding f;
    f.begin = read.begin;
    f.end = read.end;
    f.rule = "rename-collision";
    f.severity = Severity::Warning;
    std::vector<std::string> others;
    for (const std::string& n : names)
      if (n != read.from) others.push_back(n);
    std::string_view as = text.substr(read.begin, read.end - read.begin);
    f.message = fmt::format(
        "this condition reads {}{} to tell the providers apart, but this file also reads {} and "
        "both become {}: the condition no longer tells them apart; check the logic "
        "(docs/behaviour.md §11.2)",
        read.from, as == read.from ? "" : fmt::format(" (as {})", as), fmt::join(others, " and "),
        read.target);
    out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end(),
            [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Finding& a, const Finding& b) { return a.begin == b.begin; }),
            out.end());
  for (Finding& f : out) r.add_finding(std::move(f));
}

// The scopes of a file in a format that has them (YAML, JSON, .env, TOML);
// false for code and other formats.
bool walk_scopes(std::string_view path, Resolver& r) {
  switch (format_of(path)) {
    case FileFormat::Yaml:
    case FileFormat::Json: {
      std::optional<std::vector<YamlNode>> docs = yaml_outline(r.text());
      if (docs)
        for (const YamlNode& d : *docs) walk(d, r);
      else if (r.text().find("{{") != std::string_view::npos)
        template_scopes(r);
      return true;
    }
    case FileFormat::Dotenv:
      dotenv(r);
      return true;
    case FileFormat::Toml:
      toml(r);
      return true;
    default:
      return false;
  }
}

// Whether the renames in `edits` can make two entries share a name: two
// source names with one target, or a target already written in the file.
// Most files with renames have neither, and skip the parse.
bool may_collide(std::string_view text, const std::vector<Edit>& edits) {
  std::map<std::string_view, std::string_view> source;  // target -> first source name
  for (const Edit& e : edits) {
    // Renames, and a JS destructured key whose replacement keeps its binding
    // after the new name (`HOLYSHEEP_API_KEY: OPENAI_API_KEY`), as code() counts them.
    std::string_view from = text.substr(e.begin, e.end - e.begin);
    std::string_view target = renamed_name(e);
    if (!is_identifier(from) || !is_identifier(target)) continue;
    auto [it, inserted] = source.emplace(target, from);
    if (!inserted && it->second != from) return true;
  }
  return std::any_of(source.begin(), source.end(),
                     [&](const auto& s) { return text.find(s.first) != std::string_view::npos; });
}

}  // namespace

std::vector<Collision> find_collisions(std::string_view path, std::string_view text,
                                       const std::vector<Edit>& edits) {
  std::vector<Collision> out;
  if (!may_collide(text, edits)) return out;
  FileResult scratch;
  scratch.edits = edits;
  Resolver r(text, scratch);
  r.record_into(&out);
  walk_scopes(path, r);
  std::stable_sort(out.begin(), out.end(), [](const Collision& a, const Collision& b) {
    return a.entries.front().begin < b.entries.front().begin;
  });
  return out;
}

void resolve_collisions(std::string_view path, std::string_view text, FileResult& result) {
  if (result.edits.empty()) return;
  // No two entries can come to share a name (nothing to merge or refuse):
  // most files with renames, among them 2.8 MB OpenAPI files whose parse
  // was a third of their run time.
  if (!may_collide(text, result.edits)) return;
  Resolver r(text, result);
  if (!walk_scopes(path, r)) {
    const FileFormat f = format_of(path);
    if (f != FileFormat::Python && f != FileFormat::JavaScript && f != FileFormat::CLike &&
        f != FileFormat::Ruby)
      return;
    code(r, f == FileFormat::JavaScript);
  }
  r.finish();
}

}  // namespace holymigrate

#include "report/report_json.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

namespace holymigrate {

namespace {

using json = nlohmann::ordered_json;

// Every string goes through this: paths may hold bytes that are not UTF-8,
// which are replaced rather than fail the run.
std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace); }

// The document without its files: "files" is an empty array, filled in by
// the callers (see kFilesKey).
json document_without_files(const Report& report) {
  const Summary& s = report.summary;
  json doc;
  doc["version"] = HOLYMIGRATE_VERSION;
  doc["mode"] = mode_name(report.mode);
  json findings = json::object();
  for (const char* sev : {"error", "warning", "info"}) {
    auto it = s.findings_by_severity.find(sev);
    findings[sev] = it == s.findings_by_severity.end() ? 0 : it->second;
  }
  doc["summary"] = {{"files_read", s.files_read},
                    {"files_changed", s.files_changed},
                    {"edits", s.edits()},
                    {"edits_by_rule", s.edits_by_rule},
                    {"findings", findings},
                    {"skipped", s.skipped_by_reason},
                    {"failed", report.errors.size()},
                    {"elapsed_seconds", s.elapsed_seconds}};
  if (report.baseline) doc["summary"]["baselined"] = s.baselined;
  doc["files"] = json::array();
  json skipped = json::array();
  for (const Skipped& sk : report.skipped) {
    // A file a default skip leaves out is named only when it holds
    // something the rules would change (docs/behaviour.md §2); the summary
    // counts every one.
    if (sk.reason == SkipReason::DefaultExcluded && !sk.display.ends_with('/')) {
      if (sk.edits == 0 && sk.findings == 0) continue;
      skipped.push_back({{"path", sk.display},
                         {"reason", to_string(sk.reason)},
                         {"include", sk.include},
                         {"edits", sk.edits},
                         {"findings", sk.findings}});
      continue;
    }
    skipped.push_back({{"path", sk.display}, {"reason", to_string(sk.reason)}});
  }
  doc["skipped"] = std::move(skipped);
  doc["actions"] = s.actions;
  json items = json::array();
  for (const ActionItem& a : s.action_items)
    items.push_back({{"text", a.text}, {"referenced_in", a.referenced_in}});
  doc["action_items"] = std::move(items);
  doc["errors"] = report.errors;
  if (report.mode == Mode::Commit) {
    doc["commit"] = report.commit ? json{{"id", report.commit->id},
                                         {"short_id", report.commit->short_id},
                                         {"branch", report.commit->branch}}
                                  : json(nullptr);
  }
  return doc;
}

// How the empty files array reads in the dumped document. Only top-level
// keys sit at two spaces after a line break (a string's line breaks are
// escaped), so this occurs once.
constexpr std::string_view kFilesKey = "\n  \"files\": []";

// The document's text before and after the entries of its files array.
struct Around {
  std::string head, tail;
};
Around around_files(const Report& report) {
  std::string doc = dump(document_without_files(report)) + "\n";
  size_t at = doc.find(kFilesKey);
  size_t cut = at + kFilesKey.size() - 1;  // before the ']'
  return {doc.substr(0, cut), doc.substr(cut)};
}

// A JSON string as dump() prints it. Most strings of a report are printable
// ASCII without quotes or backslashes, which print as they are; the rest go
// through nlohmann (escapes, bytes that are not UTF-8). Rendering every
// edit through a json object was most of `--format json` on a file with
// 164,000 edits (the report_json unit tests hold the two to one output).
void append_string(std::string& out, std::string_view s) {
  bool plain = std::all_of(s.begin(), s.end(),
                           [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  if (plain) {
    out += '"';
    out.append(s);
    out += '"';
  } else {
    out += dump(json(std::string(s)));
  }
}

// `"key": value` lines of an object 8 spaces in (an element of a file
// entry's array), as dump() prints them there.
class ObjectOut {
 public:
  explicit ObjectOut(std::string& out) : out_(out) { out_.append("        {"); }
  ObjectOut& field(std::string_view key, std::string_view value) {
    open(key);
    append_string(out_, value);
    return *this;
  }
  ObjectOut& field(std::string_view key, size_t value) {
    open(key);
    fmt::format_to(std::back_inserter(out_), "{}", value);
    return *this;
  }
  // The six position fields of an edit or a finding: 1-based lines, columns
  // in bytes and in UTF-16 units.
  ObjectOut& span(const Position& begin, const Position& end) {
    return field("line", begin.line)
        .field("column", begin.column)
        .field("end_line", end.line)
        .field("end_column", end.column)
        .field("column_utf16", begin.utf16_column)
        .field("end_column_utf16", end.utf16_column);
  }
  void close() { out_.append("\n        }"); }

 private:
  void open(std::string_view key) {
    out_.append(first_ ? "\n          \"" : ",\n          \"").append(key).append("\": ");
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

void append_edit(std::string& out, const EditReport& e) {
  ObjectOut(out)
      .field("rule", e.rule)
      .span(e.begin, e.end)
      .field("before", e.before)
      .field("after", e.after)
      .close();
}

void append_finding(std::string& out, const FindingReport& x) {
  ObjectOut(out)
      .field("rule", x.rule)
      .field("severity", to_string(x.severity))
      .span(x.begin, x.end)
      .field("message", x.message)
      .field("snippet", x.snippet)
      .field("fingerprint", x.fingerprint)
      .close();
}

// `"key": [...]` of a file entry, one element rendered at a time (a file of
// 164,000 edits is not turned into one DOM); `done` runs after each.
template <class T, class Render, class Done>
void append_array(std::string& out, std::string_view key, const std::vector<T>& items,
                  Render render, Done done) {
  out.append("      \"").append(key).append("\": [");
  for (size_t i = 0; i < items.size(); ++i) {
    out.append(i == 0 ? "\n" : ",\n");
    render(out, items[i]);
    done();
  }
  if (!items.empty()) out.append("\n      ");
  out.append("]");
}

// One file's entry as it sits in the files array (4 spaces in), the bytes
// nlohmann prints for it there. `done` runs after each edit and finding.
template <class Done>
void append_entry(std::string& out, const FileReport& f, Done done) {
  out.append("    {\n      \"path\": ").append(dump(json(f.path))).append(",\n");
  append_array(out, "edits", f.edits, append_edit, done);
  out.append(",\n");
  append_array(out, "findings", f.findings, append_finding, done);
  if (!f.write_error.empty()) out.append(",\n      \"error\": ").append(dump(json(f.write_error)));
  if (!f.encoding.empty()) out.append(",\n      \"encoding\": ").append(dump(json(f.encoding)));
  out.append("\n    }");
}

// The files array's brackets around the entries: "[\n" entries "\n  ]",
// or "[]" when there are none (head ends with '[', tail starts with ']').
constexpr std::string_view kOpen = "\n";
constexpr std::string_view kClose = "\n  ";

}  // namespace

const char* mode_name(Mode mode) {
  switch (mode) {
    case Mode::DryRun:
      return "dry-run";
    case Mode::Check:
      return "check";
    case Mode::Write:
      return "write";
    case Mode::Commit:
      return "commit";
  }
  return "dry-run";
}

std::string json_report(const Report& report) {
  Around a = around_files(report);
  std::string out = std::move(a.head);
  for (size_t i = 0; i < report.files.size(); ++i) {
    out.append(i == 0 ? kOpen : ",\n");
    append_entry(out, report.files[i], [] {});
  }
  if (!report.files.empty()) out.append(kClose);
  out.append(a.tail);
  return out;
}

JsonReportWriter::~JsonReportWriter() {
  if (spool_) std::fclose(spool_);
}

// Unbuffered writes of whole chunks, so that what is in the spool is known
// to the byte: a chunk that does not fit (a full disk) is cut off again and
// stays in memory with everything after it.
void JsonReportWriter::spill() {
  if (spool_broken_) return;
  if (!spool_) spool_ = std::tmpfile();
  if (!spool_) {
    spool_broken_ = true;
    return;
  }
  const int fd = fileno(spool_);
  size_t done = 0;
  while (done < held_.size()) {
    ssize_t n = write(fd, held_.data() + done, held_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      spool_broken_ = true;
      if (ftruncate(fd, static_cast<off_t>(spooled_)) != 0 ||
          lseek(fd, static_cast<off_t>(spooled_), SEEK_SET) < 0) {
        // Nothing more can be trusted in the spool: keep it all in memory.
        std::string back = read_back();
        held_.insert(0, back);
        std::fclose(spool_);
        spool_ = nullptr;
        spooled_ = 0;
      }
      return;
    }
    done += static_cast<size_t>(n);
  }
  spooled_ += held_.size();
  held_.clear();
}

std::string JsonReportWriter::read_back() {
  std::string out;
  if (!spool_) return out;
  const int fd = fileno(spool_);
  out.resize(spooled_);
  size_t done = 0;
  while (done < spooled_) {
    ssize_t n = pread(fd, out.data() + done, spooled_ - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error("cannot read back the JSON report's temporary file");
    done += static_cast<size_t>(n);
  }
  return out;
}

void JsonReportWriter::file(const FileReport& f) {
  held_.append(any_ ? ",\n" : kOpen);
  any_ = true;
  append_entry(held_, f, [this] {
    if (held_.size() >= (size_t{1} << 20)) spill();
  });
}

void JsonReportWriter::finish(const Report& report, std::FILE* out) {
  Around a = around_files(report);
  // fmt::print throws when `out` cannot be written, as the whole-document
  // print did.
  fmt::print(out, "{}", a.head);
  if (spool_) {
    const int fd = fileno(spool_);
    std::string buf(size_t{1} << 16, '\0');
    for (size_t done = 0; done < spooled_;) {
      ssize_t n =
          pread(fd, buf.data(), std::min(buf.size(), spooled_ - done), static_cast<off_t>(done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw std::runtime_error("cannot read back the JSON report's temporary file");
      fmt::print(out, "{}", std::string_view(buf.data(), static_cast<size_t>(n)));
      done += static_cast<size_t>(n);
    }
    std::fclose(spool_);
    spool_ = nullptr;
  }
  fmt::print(out, "{}", held_);
  std::string().swap(held_);
  if (any_) fmt::print(out, "{}", kClose);
  fmt::print(out, "{}", a.tail);
}

}  // namespace holymigrate

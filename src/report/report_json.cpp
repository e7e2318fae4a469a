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

// `text` (a dump) with each line indented by `indent` spaces: how nlohmann
// prints a value nested at that depth.
void append_indented(std::string& out, std::string_view text, size_t indent) {
  size_t line = 0;
  while (line < text.size()) {
    size_t nl = text.find('\n', line);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    out.append(indent, ' ');
    out.append(text.substr(line, end - line));
    line = end;
  }
}

json edit_json(const EditReport& e) {
  return {{"rule", e.rule},
          {"line", e.begin.line},
          {"column", e.begin.column},
          {"end_line", e.end.line},
          {"end_column", e.end.column},
          {"column_utf16", e.begin.utf16_column},
          {"end_column_utf16", e.end.utf16_column},
          {"before", e.before},
          {"after", e.after}};
}

json finding_json(const FindingReport& x) {
  return {{"rule", x.rule},
          {"severity", to_string(x.severity)},
          {"line", x.begin.line},
          {"column", x.begin.column},
          {"end_line", x.end.line},
          {"end_column", x.end.column},
          {"column_utf16", x.begin.utf16_column},
          {"end_column_utf16", x.end.utf16_column},
          {"message", x.message},
          {"snippet", x.snippet},
          {"fingerprint", x.fingerprint}};
}

// `"key": [...]` of a file entry, one element rendered at a time (a file of
// 164,000 edits is not turned into one DOM); `done` runs after each.
template <class T, class Render, class Done>
void append_array(std::string& out, std::string_view key, const std::vector<T>& items,
                  Render render, Done done) {
  out.append("      \"").append(key).append("\": [");
  for (size_t i = 0; i < items.size(); ++i) {
    out.append(i == 0 ? "\n" : ",\n");
    append_indented(out, dump(render(items[i])), 8);
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
  append_array(out, "edits", f.edits, edit_json, done);
  out.append(",\n");
  append_array(out, "findings", f.findings, finding_json, done);
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

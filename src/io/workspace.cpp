#include "io/workspace.h"

#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace holymigrate {

Discovery DiskWorkspace::list(const DiscoverOptions& options) { return discover(options); }

void DiskWorkspace::drop(std::vector<FileRef>& files, const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::path own = fs::weakly_canonical(path, ec);
    if (ec || !fs::exists(own, ec)) continue;  // not there: not listed either
    // Names first: equivalent() costs two stats, names cost nothing.
    std::erase_if(files, [&](const FileRef& f) {
      std::error_code e;
      return fs::path(f.display).filename() == own.filename() && fs::equivalent(f.display, own, e);
    });
  }
}

ReadFile DiskWorkspace::read(const FileRef& file, uint64_t max_size) {
  return read_file(file.display, max_size);
}

std::optional<FileStamp> DiskWorkspace::stamp(const FileRef& file) {
  return stamp_of(file.display);
}

Status DiskWorkspace::write(const FileRef& file, std::string_view bytes,
                            const FileStamp& expected) {
  return write_atomic(file.display, bytes, expected, &folders_);
}

LeftoverRemoval DiskWorkspace::remove_leftover(const FileRef& file) {
  return holymigrate::remove_leftover(file.display);
}

StagedWorkspace::StagedWorkspace(Workspace& base) : base_(base) {}

StagedWorkspace::~StagedWorkspace() {
  if (folder_.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(folder_, ec);
}

Status StagedWorkspace::write(const FileRef& file, std::string_view bytes,
                              const FileStamp& expected) {
  size_t number = 0;
  {
    std::lock_guard lock(mutex_);
    if (folder_.empty()) {
      std::error_code ec;
      std::string pattern =
          (std::filesystem::temp_directory_path(ec) / "holymigrate-staged-XXXXXX").string();
      if (ec || !mkdtemp(pattern.data()))
        return Status::failure(file.display +
                               ": cannot stage the new contents (no temporary folder)");
      folder_ = pattern;
    }
    number = entries_.size();
    entries_.push_back({{file, expected}, number});
  }
  std::ofstream out(folder_ / std::to_string(number), std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    std::lock_guard lock(mutex_);
    std::erase_if(entries_, [&](const Entry& e) { return e.file == number; });
    return Status::failure(file.display + ": cannot stage the new contents in " + folder_.string());
  }
  return success();
}

const std::vector<StagedWorkspace::Staged>& StagedWorkspace::staged() {
  std::lock_guard lock(mutex_);
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.staged.file.display < b.staged.file.display;
  });
  staged_.clear();
  for (const Entry& e : entries_) staged_.push_back(e.staged);
  return staged_;
}

Status StagedWorkspace::flush(size_t i) {
  std::string name;
  {
    std::lock_guard lock(mutex_);
    name = std::to_string(entries_[i].file);
  }
  std::ifstream in(folder_ / name, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof())
    return Status::failure(staged_[i].file.display + ": cannot read back its staged contents");
  return base_.write(entries_[i].staged.file, bytes, entries_[i].staged.expected);
}

}  // namespace holymigrate

#include "io/fake_workspace.h"

#include <algorithm>

namespace holymigrate {

void FakeWorkspace::put(const std::string& path, std::string bytes) {
  std::lock_guard lock(mutex_);
  put_locked(path, std::move(bytes));
}

void FakeWorkspace::put_locked(const std::string& path, std::string bytes) {
  Entry& e = files_[path];
  e.bytes = std::move(bytes);
  e.stamp = {e.bytes.size(), ++clock_, static_cast<uint64_t>(files_.size()), 0644};
}

void FakeWorkspace::touch(const std::string& path, std::string_view more) {
  std::lock_guard lock(mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) return;
  put_locked(path, it->second.bytes + std::string(more));
}

std::optional<std::string> FakeWorkspace::get(const std::string& path) const {
  std::lock_guard lock(mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second.bytes;
}

Discovery FakeWorkspace::list(const DiscoverOptions& /*options*/) {
  std::lock_guard lock(mutex_);
  Discovery out;
  for (const auto& [path, entry] : files_) out.files.push_back({path, false, path});
  return out;
}

ReadFile FakeWorkspace::read(const FileRef& file, uint64_t max_size) {
  std::lock_guard lock(mutex_);
  if (read_hook_) read_hook_(file.display, ++reads_[file.display]);
  ReadFile out;
  auto it = files_.find(file.display);
  if (it == files_.end()) {
    out.skipped = SkipReason::Unreadable;
    return out;
  }
  if (it->second.bytes.size() > max_size) {
    out.skipped = SkipReason::TooLarge;
    return out;
  }
  out.bytes = it->second.bytes;
  out.stamp = it->second.stamp;
  return out;
}

std::optional<FileStamp> FakeWorkspace::stamp(const FileRef& file) {
  std::lock_guard lock(mutex_);
  auto it = files_.find(file.display);
  if (it == files_.end()) return std::nullopt;
  return it->second.stamp;
}

Status FakeWorkspace::write(const FileRef& file, std::string_view bytes,
                            const FileStamp& expected) {
  std::lock_guard lock(mutex_);
  if (hook_) hook_(file.display);
  writes_.push_back(file.display);
  auto it = files_.find(file.display);
  if (it == files_.end())
    return Status::failure(file.display + ": removed since it was read; not written — run again");
  if (!(it->second.stamp == expected))
    return Status::failure(file.display +
                           ": changed on disk since it was read; not written — run again");
  put_locked(file.display, std::string(bytes));
  return success();
}

void FakeWorkspace::drop(std::vector<FileRef>& files, const std::vector<std::string>& paths) {
  std::erase_if(files, [&](const FileRef& f) {
    return std::find(paths.begin(), paths.end(), f.display) != paths.end();
  });
}

LeftoverRemoval FakeWorkspace::remove_leftover(const FileRef& file) {
  std::lock_guard lock(mutex_);
  return files_.erase(file.display) ? LeftoverRemoval::Removed : LeftoverRemoval::Failed;
}

}  // namespace holymigrate

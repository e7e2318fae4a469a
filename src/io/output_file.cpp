#include "io/output_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/error.h"

namespace holymigrate {

OutputFile::OutputFile(const std::optional<std::string>& path) {
  if (!path) return;
  path_ = *path;
  file_ = std::fopen(path_.c_str(), "wb");
  if (!file_)
    throw Error(
        fmt::format("--output {}: cannot write it ({}); check the folder exists and is writable",
                    path_, std::strerror(errno)));
}

OutputFile::~OutputFile() {
  if (file_) std::fclose(file_);
}

void OutputFile::close() {
  if (!file_) return;
  bool ok = std::fflush(file_) == 0 && !std::ferror(file_);
  ok = std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (!ok) throw Error(fmt::format("--output {}: writing it failed; check free space", path_));
}

void drop_own_outputs(std::vector<FileRef>& files, const std::vector<std::string>& outputs) {
  for (const std::string& output : outputs) {
    std::error_code ec;
    std::filesystem::path target(output);
    if (!std::filesystem::exists(target, ec)) continue;
    // Compare names first: equivalent() costs two stats, names cost nothing.
    std::erase_if(files, [&](const FileRef& f) {
      std::filesystem::path candidate(f.path);
      return candidate.filename() == target.filename() &&
             std::filesystem::equivalent(candidate, target, ec);
    });
  }
}

}  // namespace holymigrate

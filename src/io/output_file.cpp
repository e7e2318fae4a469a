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

PatchOutput::PatchOutput(const std::optional<std::string>& file, std::FILE* out)
    : file_(file), out_(out) {}

void PatchOutput::write(std::string_view text) {
  if (!file_) return;
  if (*file_ == "-") return (void)fmt::print(out_, "{}", text);
  if (!stream_.is_open()) stream_.open(*file_, std::ios::binary | std::ios::trunc);
  stream_ << text;
}

std::optional<std::string> PatchOutput::finish() {
  if (!file_) return std::nullopt;
  write("");
  if (*file_ != "-" && !stream_.flush()) return fmt::format("{}: cannot write the patch", *file_);
  return std::nullopt;
}

}  // namespace holymigrate

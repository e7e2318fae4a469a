// --output FILE (docs/behaviour.md §10): the chosen format goes to FILE, so one CI
// step can upload SARIF and still show the human summary on stderr.
#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "discover/discover.h"

namespace holymigrate {

class OutputFile {
 public:
  // Opens (creates or truncates) `path` before anything is scanned or
  // written, so a bad path stops the run with nothing touched. Throws Error.
  explicit OutputFile(const std::optional<std::string>& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // The open file, or nullptr when no --output was given.
  std::FILE* get() const { return file_; }
  // Flushes and closes; Error naming the file when the data did not land.
  void close();

 private:
  std::string path_;
  std::FILE* file_ = nullptr;
};

// Removes from `files` the report files this run writes (--output):
// a second run in the same folder must not read its own report as input.
void drop_own_outputs(std::vector<FileRef>& files, const std::vector<std::string>& outputs);

}  // namespace holymigrate

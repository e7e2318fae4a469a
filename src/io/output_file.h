// --output FILE (docs/behaviour.md §10): the chosen format goes to FILE, so one CI
// step can upload SARIF and still show the human summary on stderr.
#pragma once

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

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

// --patch FILE, or --patch - for `out` (docs/behaviour.md §10): each edited
// file's patch is written as it comes in (in path order), then dropped
// rather than held for the whole run. FILE is opened at the first write,
// after the files are listed, so it is never listed itself.
class PatchOutput {
 public:
  PatchOutput(const std::optional<std::string>& file, std::FILE* out);
  // Appends `text`; nothing without --patch.
  void write(std::string_view text);
  // Ends the patch (FILE is created even when nothing was edited); returns
  // the error line "FILE: cannot write the patch" when it did not land.
  std::optional<std::string> finish();

 private:
  std::optional<std::string> file_;
  std::FILE* out_;
  std::ofstream stream_;
};

}  // namespace holymigrate

#include "migrate/diff.h"

#include <git2.h>

#include <memory>

#include "git/libgit2.h"
#include "util/error.h"

namespace holymigrate {

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after,
                         FileMode mode) {
  if (before == after) return {};
  use_libgit2();
  git_diff_options opts;
  git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
  opts.context_lines = 3;
  // Text as text whatever bytes it holds (latin-1, a stray NUL past 8 KiB):
  // binary files are never scanned, so a "Binary files differ" is never wanted.
  opts.flags = GIT_DIFF_FORCE_TEXT;
  std::string p(path);
  git_patch* raw = nullptr;
  if (git_patch_from_buffers(&raw, before.data(), before.size(), p.c_str(), after.data(),
                             after.size(), p.c_str(), &opts) != 0)
    throw Error(p + ": cannot compute the diff: " + git_error_last()->message);
  GitHandle<git_patch, git_patch_free> patch(raw);
  git_buf buf = GIT_BUF_INIT;
  if (git_patch_to_buf(&buf, patch.get()) != 0)
    throw Error(p + ": cannot format the diff: " + git_error_last()->message);
  std::string out(buf.ptr, buf.size);
  git_buf_dispose(&buf);
  if (mode == FileMode::Executable) {
    // git_patch_from_buffers has no mode to go by and always prints 100644;
    // `git apply` then warns "has type 100755, expected 100644". The header
    // ends before the first "---" line, so only the index line can match.
    size_t header_end = out.find("\n--- ");
    size_t at = out.find(" 100644\n");
    if (at != std::string::npos && at < header_end) out.replace(at, 7, " 100755");
  }
  return out;
}

}  // namespace holymigrate

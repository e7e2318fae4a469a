// Paths and messages made safe for line-oriented output. A file name may
// hold a newline, a quote, an escape sequence or bytes that are not UTF-8;
// printed raw it would split a finding over two lines, or drive the
// terminal. The diff already quotes names like git (libgit2).
#pragma once

#include <string>
#include <string_view>

namespace holymigrate {

// `path` as is when every byte is printable UTF-8 other than '"' and '\';
// otherwise in double quotes with C escapes (\n, \t, \", \\, \ooo for other
// control bytes and bytes that are not UTF-8), like git's quoted paths.
std::string quote_path(std::string_view path);

// One line of text with control bytes and bytes that are not UTF-8 shown as
// \xNN, so an error or warning line stays one line (and stays text).
std::string printable_line(std::string_view text);

}  // namespace holymigrate

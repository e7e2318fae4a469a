#include "util/text_encoding.h"

#include <errno.h>
#include <iconv.h>

namespace holymigrate {
namespace {

// glibc's iconv does the conversion (strict: an unpaired surrogate or a bad
// UTF-8 sequence is EILSEQ); "UTF-16LE"/"UTF-16BE" neither add nor drop a
// BOM, so the BOM travels as the character U+FEFF both ways.
std::optional<std::string> convert(std::string_view in, const char* from, const char* to) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());  // iconv's signature; it does not write there
  size_t src_left = in.size();
  size_t done = 0;
  bool ok = true;
  while (src_left > 0) {
    char* dst = out.data() + done;
    size_t dst_left = out.size() - done;
    size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (rc != static_cast<size_t>(-1)) continue;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    ok = false;  // EILSEQ or EINVAL (a sequence cut off at the end)
    break;
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(done);
  return out;
}

const char* iconv_name(TextEncoding e) {
  return e == TextEncoding::Utf16LE   ? "UTF-16LE"
         : e == TextEncoding::Utf16BE ? "UTF-16BE"
                                      : "UTF-8";
}

}  // namespace

const char* to_string(TextEncoding e) {
  switch (e) {
    case TextEncoding::Utf8:
      return "utf-8";
    case TextEncoding::Utf16LE:
      return "utf-16le";
    case TextEncoding::Utf16BE:
      return "utf-16be";
  }
  return "utf-8";
}

TextEncoding encoding_of(std::string_view b) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) {
    if (b.size() >= 4 && at(2) == 0 && at(3) == 0) return TextEncoding::Utf8;  // UTF-32LE
    return TextEncoding::Utf16LE;
  }
  if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) return TextEncoding::Utf16BE;
  return TextEncoding::Utf8;
}

std::optional<std::string> to_utf8(std::string_view bytes, TextEncoding e) {
  if (e == TextEncoding::Utf8) return std::string(bytes);
  if (bytes.size() % 2 != 0) return std::nullopt;
  return convert(bytes, iconv_name(e), "UTF-8");
}

std::optional<std::string> to_encoding(std::string_view text, TextEncoding e) {
  if (e == TextEncoding::Utf8) return std::string(text);
  return convert(text, "UTF-8", iconv_name(e));
}

}  // namespace holymigrate

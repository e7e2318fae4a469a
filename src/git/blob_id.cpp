#include "git/blob_id.h"

#include <openssl/evp.h>

#include <cstdlib>
#include <memory>

namespace holymigrate {

std::string blob_id(std::string_view bytes) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  std::string header = "blob " + std::to_string(bytes.size());
  header.push_back('\0');
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!ctx || !EVP_DigestInit_ex(ctx.get(), EVP_sha1(), nullptr) ||
      !EVP_DigestUpdate(ctx.get(), header.data(), header.size()) ||
      !EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) ||
      !EVP_DigestFinal_ex(ctx.get(), md, &n))
    std::abort();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (unsigned int i = 0; i < n; ++i) {
    out[2 * i] = kHex[md[i] >> 4];
    out[2 * i + 1] = kHex[md[i] & 15];
  }
  return out;
}

}  // namespace holymigrate

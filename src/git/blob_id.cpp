#include "git/blob_id.h"

// The low-level SHA1_* calls, deprecated in OpenSSL 3 in favour of EVP:
// they run the same SHA instructions (1.9 GB/s here either way), but EVP's
// first use loads the provider tables, 2.2 MB of resident memory for one
// algorithm (docs/performance.md, peak RSS).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstdlib>

namespace holymigrate {

std::string blob_id(std::string_view bytes) {
  std::string header = "blob " + std::to_string(bytes.size());
  header.push_back('\0');
  unsigned char md[SHA_DIGEST_LENGTH];
  const unsigned int n = SHA_DIGEST_LENGTH;
  SHA_CTX ctx;
  if (!SHA1_Init(&ctx) || !SHA1_Update(&ctx, header.data(), header.size()) ||
      !SHA1_Update(&ctx, bytes.data(), bytes.size()) || !SHA1_Final(md, &ctx))
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

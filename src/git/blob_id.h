// git's object id of a blob: the SHA-1 of "blob <size in bytes>\0" followed
// by the bytes (the id `git hash-object` prints and a diff's `index` line
// abbreviates). Computed with OpenSSL's libcrypto, which uses the CPU's SHA
// instructions: libgit2's own SHA-1 (git_odb_hash) detects collision
// attacks and was about 4x slower, 8% of a `--check` over the real-code
// corpus (docs/performance.md). Both give the same id.
#pragma once

#include <string>
#include <string_view>

namespace holymigrate {

// 40 lowercase hex digits. Throws nothing; aborts only if libcrypto's SHA-1
// fails (it does not for in-memory input).
std::string blob_id(std::string_view bytes);

}  // namespace holymigrate

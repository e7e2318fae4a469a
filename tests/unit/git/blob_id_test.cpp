// git/blob_id.h gives the id git gives the same bytes: libgit2's
// git_odb_hash (and `git hash-object`, whose id for "hello\n" is known).
#include "git/blob_id.h"

#include <doctest/doctest.h>
#include <git2.h>

#include <string>

#include "git/libgit2.h"

using namespace holymigrate;

TEST_CASE("blob_id equals libgit2's blob hash") {
  use_libgit2();
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "line " + std::to_string(i) + "\r\n";
  const std::string rows[] = {"", "hello\n", std::string("a\0b", 3), "\xff\xfe no UTF-8", big};
  for (const std::string& bytes : rows) {
    CAPTURE(bytes.size());
    git_oid oid;
    REQUIRE(git_odb_hash(&oid, bytes.data(), bytes.size(), GIT_OBJECT_BLOB) == 0);
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    CHECK(blob_id(bytes) == hex);
  }
  CHECK(blob_id("hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a");  // git hash-object
}

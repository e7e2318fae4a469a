#include "io/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "disk_fixture.h"

using namespace holymigrate;
using namespace holymigrate::test;

namespace {

// Names in `dir` that look like our temporary files.
std::vector<std::string> temp_files(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.find(".holymigrate-tmp-") != std::string::npos) out.push_back(name);
  }
  return out;
}

mode_t mode_of(const fs::path& p) {
  struct stat st;
  REQUIRE(lstat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("write_atomic replaces the content and keeps the permission bits") {
  for (mode_t mode : {mode_t{0755}, mode_t{0640}, mode_t{0600}}) {
    CAPTURE(mode);
    TempDir tmp;
    fs::path p = tmp.path() / "script.sh";
    write_text(p, "old\n");
    REQUIRE(chmod(p.c_str(), mode) == 0);
    auto stamp = stamp_of(p);
    REQUIRE(stamp);
    Status s = write_atomic(p, "new\r\ncontent", *stamp);
    REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error()));
    CHECK(read_text(p) == "new\r\ncontent");
    CHECK(mode_of(p) == mode);
    CHECK(temp_files(tmp.path()).empty());
  }
}

TEST_CASE("write_atomic works with a path relative to the current directory") {
  TempDir tmp;
  ScopedCwd cwd(tmp.path());
  write_text("a.txt", "old");
  auto stamp = stamp_of("a.txt");
  REQUIRE(stamp);
  CHECK(write_atomic("a.txt", "new", *stamp).ok());
  CHECK(read_text("a.txt") == "new");
  CHECK(temp_files(".").empty());
}

TEST_CASE("write_atomic refuses when the file changed since it was read") {
  TempDir tmp;
  fs::path p = tmp.path() / "a.txt";
  write_text(p, "old");
  auto stamp = stamp_of(p);
  REQUIRE(stamp);
  write_text(p, "someone else's edit");
  Status s = write_atomic(p, "ours", *stamp);
  REQUIRE(!s.ok());
  CHECK(s.error() == p.string() + ": changed on disk since it was read; not written — run again");
  CHECK(read_text(p) == "someone else's edit");
  CHECK(temp_files(tmp.path()).empty());

  FileStamp other = *stamp_of(p);
  other.mode ^= 0100;
  CHECK(!write_atomic(p, "ours", other).ok());
  CHECK(temp_files(tmp.path()).empty());
}

TEST_CASE("write_atomic refuses when the file is gone") {
  TempDir tmp;
  fs::path p = tmp.path() / "a.txt";
  write_text(p, "old");
  auto stamp = stamp_of(p);
  REQUIRE(stamp);
  fs::remove(p);
  Status s = write_atomic(p, "ours", *stamp);
  REQUIRE(!s.ok());
  CHECK(s.error() == p.string() + ": removed since it was read; not written — run again");
  CHECK(!fs::exists(p));
  CHECK(temp_files(tmp.path()).empty());
}

TEST_CASE("write_atomic reports a folder it cannot write to, and leaves nothing") {
  TempDir tmp;
  fs::path dir = tmp.path() / "ro";
  fs::create_directory(dir);
  fs::path p = dir / "a.txt";
  write_text(p, "old");
  auto stamp = stamp_of(p);
  REQUIRE(stamp);
  chmod(dir.c_str(), 0555);
  if (access(dir.c_str(), W_OK) == 0) {
    MESSAGE("running with permission checks bypassed (root?): read-only folder check skipped");
    return;
  }
  Status s = write_atomic(p, "new", *stamp);
  REQUIRE(!s.ok());
  CHECK(s.error().find(p.string() + ": ") == 0);
  CHECK(s.error().find("Permission denied") != std::string::npos);
  CHECK(read_text(p) == "old");
  chmod(dir.c_str(), 0755);
  CHECK(temp_files(dir).empty());
}

TEST_CASE("write_atomic names the path and the errno text when it cannot write") {
  TempDir tmp;
  fs::path p = tmp.path() / "no-such-folder" / "a.txt";
  Status s = write_atomic(p, "x", FileStamp{});
  REQUIRE(!s.ok());
  CHECK(s.error() ==
        p.string() + ": cannot create a temporary file beside it: No such file or directory");
}

TEST_CASE("write_atomic with FolderSyncs leaves each folder to one flush()") {
  TempDir tmp;
  fs::create_directory(tmp.path() / "sub");
  FolderSyncs folders;
  for (const char* name : {"a.txt", "b.txt", "sub/c.txt"}) {
    fs::path p = tmp.path() / name;
    write_text(p, "old");
    auto stamp = stamp_of(p);
    REQUIRE(stamp);
    Status s = write_atomic(p, std::string("new ") + name, *stamp, &folders);
    REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error()));
    CHECK(read_text(p) == std::string("new ") + name);  // renamed at once
  }
  CHECK(temp_files(tmp.path()).empty());
  CHECK(folders.flush().empty());
  CHECK(folders.flush().empty());  // nothing left to flush
}

TEST_CASE("FolderSyncs: a folder gone by the time of flush() is no error") {
  TempDir tmp;
  FolderSyncs folders;
  folders.add(tmp.path() / "removed-since");
  CHECK(folders.flush().empty());
}

TEST_CASE("write_atomic keeps the owner as read, and refuses a file whose owner changed since") {
  TempDir tmp;
  fs::path p = tmp.path() / "theirs.txt";
  write_text(p, "old");
  struct stat st;
  REQUIRE(lstat(p.c_str(), &st) == 0);
  bool root = geteuid() == 0;
  // As root, someone else's file; otherwise our own (a chown would fail).
  uid_t owner = root ? 4321 : st.st_uid;
  gid_t group = root ? 4322 : st.st_gid;
  REQUIRE(lchown(p.c_str(), owner, group) == 0);
  auto stamp = stamp_of(p);
  REQUIRE(stamp);
  CHECK(stamp->uid == owner);
  CHECK(stamp->gid == group);
  REQUIRE(write_atomic(p, "new", *stamp).ok());
  REQUIRE(lstat(p.c_str(), &st) == 0);
  CHECK(st.st_uid == owner);
  CHECK(st.st_gid == group);

  if (!root) return;  // only root can give a file away
  stamp = stamp_of(p);
  REQUIRE(stamp);
  REQUIRE(lchown(p.c_str(), 4323, 4322) == 0);  // changes no size, time or inode
  Status s = write_atomic(p, "ours", *stamp);
  REQUIRE(!s.ok());
  CHECK(s.error() == p.string() + ": changed on disk since it was read; not written — run again");
  CHECK(read_text(p) == "new");
  CHECK(temp_files(tmp.path()).empty());
}

#include "io/file_io.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "disk_fixture.h"

using namespace holymigrate;
using namespace holymigrate::test;

TEST_CASE("read_file reads a text file whole and stamps it") {
  TempDir tmp;
  fs::path p = tmp.path() / "a.txt";
  write_text(p, "line 1\r\nline 2");
  chmod(p.c_str(), 0640);
  ReadFile r = read_file(p, 1 << 20);
  CHECK(!r.skipped);
  CHECK(r.bytes == "line 1\r\nline 2");
  CHECK(r.stamp.size == 14);
  CHECK(r.stamp.mode == 0640);
  CHECK(r.stamp.inode != 0);
  CHECK(r.stamp.mtime_ns != 0);
  auto s = stamp_of(p);
  REQUIRE(s);
  CHECK(*s == r.stamp);
}

TEST_CASE("read_file: empty file") {
  TempDir tmp;
  write_text(tmp.path() / "e", "");
  ReadFile r = read_file(tmp.path() / "e", 10);
  CHECK(!r.skipped);
  CHECK(r.bytes.empty());
}

TEST_CASE("read_file: a NUL in the first 8 KiB means binary") {
  TempDir tmp;
  write_text(tmp.path() / "b", std::string("ab\0cd", 5));
  ReadFile r = read_file(tmp.path() / "b", 1 << 20);
  REQUIRE(r.skipped);
  CHECK(*r.skipped == SkipReason::Binary);
  CHECK(r.bytes.empty());

  std::string late(9000, 'x');
  late[8500] = '\0';
  write_text(tmp.path() / "late", late);
  ReadFile l = read_file(tmp.path() / "late", 1 << 20);
  CHECK(!l.skipped);
  CHECK(l.bytes.size() == 9000);

  // Sizes around the probe, and a large file (read no further than the
  // probe: only the verdict shows here), a NUL at its last probed byte.
  for (size_t size : {8191u, 8192u, 8193u, 3u << 20}) {
    CAPTURE(size);
    std::string text(size, 'y');
    write_text(tmp.path() / "t", text);
    ReadFile t = read_file(tmp.path() / "t", 16 << 20);
    CHECK(!t.skipped);
    CHECK(t.bytes == text);
    if (size < 8192) continue;
    text[8191] = '\0';
    write_text(tmp.path() / "t", text);
    ReadFile b = read_file(tmp.path() / "t", 16 << 20);
    REQUIRE(b.skipped);
    CHECK(*b.skipped == SkipReason::Binary);
  }
  // UTF-16 holds NULs in its first bytes and is text: read whole, converted.
  std::string utf16 = "\xff\xfe";
  for (int i = 0; i < 6000; ++i) utf16 += std::string("a\0", 2);
  write_text(tmp.path() / "u16", utf16);
  ReadFile u = read_file(tmp.path() / "u16", 1 << 20);
  CHECK(!u.skipped);
  CHECK(u.bytes == "\xef\xbb\xbf" + std::string(6000, 'a'));  // the BOM kept, as UTF-8
}

TEST_CASE("read_file: too large is skipped, at the limit is read") {
  TempDir tmp;
  write_text(tmp.path() / "f", "12345");
  ReadFile big = read_file(tmp.path() / "f", 4);
  REQUIRE(big.skipped);
  CHECK(*big.skipped == SkipReason::TooLarge);
  CHECK(big.bytes.empty());
  CHECK(!read_file(tmp.path() / "f", 5).skipped);
}

TEST_CASE("read_file never follows a symlink") {
  TempDir tmp;
  write_text(tmp.path() / "target", "t");
  fs::create_symlink(tmp.path() / "target", tmp.path() / "link");
  ReadFile r = read_file(tmp.path() / "link", 100);
  REQUIRE(r.skipped);
  CHECK(*r.skipped == SkipReason::Symlink);
  CHECK(r.bytes.empty());
}

TEST_CASE(
    "read_file: missing and permission denied are unreadable, a folder or a device is not a file") {
  TempDir tmp;
  ReadFile missing = read_file(tmp.path() / "nope", 100);
  REQUIRE(missing.skipped);
  CHECK(*missing.skipped == SkipReason::Unreadable);
  ReadFile dir = read_file(tmp.path(), 100);
  REQUIRE(dir.skipped);
  CHECK(*dir.skipped == SkipReason::NotAFile);
  ReadFile device = read_file("/dev/zero", 100);
  REQUIRE(device.skipped);
  CHECK(*device.skipped == SkipReason::NotAFile);
  fs::path fifo = tmp.path() / "fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  ReadFile pipe = read_file(fifo, 100);  // must not block
  REQUIRE(pipe.skipped);
  CHECK(*pipe.skipped == SkipReason::NotAFile);

  fs::path p = tmp.path() / "secret";
  write_text(p, "s");
  chmod(p.c_str(), 0);
  int fd = open(p.c_str(), O_RDONLY);
  if (fd >= 0) {
    close(fd);
    MESSAGE("running with permission checks bypassed (root?): unreadable-file check skipped");
    return;
  }
  ReadFile r = read_file(p, 100);
  REQUIRE(r.skipped);
  CHECK(*r.skipped == SkipReason::Unreadable);
}

TEST_CASE("stamp_of: nullopt when gone, changes when the file does") {
  TempDir tmp;
  fs::path p = tmp.path() / "a";
  CHECK(!stamp_of(p));
  write_text(p, "one");
  auto before = stamp_of(p);
  REQUIRE(before);
  write_text(p, "one more");
  auto after = stamp_of(p);
  REQUIRE(after);
  CHECK(!(*before == *after));
}

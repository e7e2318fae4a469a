/* LD_PRELOAD shim for the fault tests (tests/fault/run.sh): makes the system
 * calls of holymigrate's writes fail, or changes the tree at the worst
 * moment, without root, tmpfs or a test seam in the product.
 *
 *   HOLYMIGRATE_FAULT=write    write() to a temporary file fails with ERRNO
 *   HOLYMIGRATE_FAULT=fsync    fsync() of a temporary file fails with ERRNO
 *   HOLYMIGRATE_FAULT=rename   rename() of a temporary file fails with ERRNO
 *   HOLYMIGRATE_FAULT=open     open() of a path containing PATH fails with ERRNO
 *   HOLYMIGRATE_FAULT=create   creating a temporary file fails with ERRNO: the
 *                              unnamed one (O_TMPFILE) in a folder containing
 *                              PATH, or a named one containing PATH
 *   HOLYMIGRATE_FAULT=kill     the process is killed (SIGKILL) in the middle of
 *                              its first write() to a temporary file
 *   HOLYMIGRATE_FAULT=killnamed  the process is killed (SIGKILL) right after
 *                              its AFTER-th (default first) temporary file gets
 *                              its name (linkat, or the open that creates a
 *                              named one), before the rename
 *   HOLYMIGRATE_FAULT=fsyncdir fsync() of a folder whose absolute path contains
 *                              PATH fails with ERRNO
 *   HOLYMIGRATE_FAULT=touch    when the temporary file for PATH gets its name
 *                              (linkat, or open of a named one), PATH gets one
 *                              more byte (another writer)
 *   HOLYMIGRATE_FAULT=remove   ... PATH is removed instead (it vanished)
 *   HOLYMIGRATE_FAULT=vanish   PATH is removed just before it is opened to read
 *   HOLYMIGRATE_FAULT=sigint   SIGINT is raised after the AFTER-th rename
 * HOLYMIGRATE_FAULT_ERRNO: ENOSPC (default), EIO, EACCES, EROFS, EINVAL.
 * HOLYMIGRATE_TRACE=FILE: besides any fault, one line per event is appended
 * to FILE: "fsync-temp" (a temporary file), "fsync-file" (another file),
 * "fsync-dir <absolute path>", "rename <to>" (a temporary file renamed),
 * "send" (a datagram to the janitor or any other socket) and "stdout" (an
 * fwrite to stdout; "stdout-summary" when it holds "Summary ("), so a test
 * can count and order them.
 * HOLYMIGRATE_NO_TMPFILE=1: besides the fault, every O_TMPFILE open fails
 * with EOPNOTSUPP, like a file system without unnamed files, so the named
 * fallback of io/atomic_file.cpp is tested too.
 * HOLYMIGRATE_FAULT_PATH: a substring of the path (not for write and fsync,
 * which see only a descriptor); unset matches every path.
 * Named temporary files are recognised by ".holymigrate-tmp-" in their name,
 * unnamed ones by O_TMPFILE. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FD 4096
static char temp_fd[MAX_FD]; /* 1: fd is a holymigrate temporary file */
static int renames;

static const char* fault(void) {
  const char* f = getenv("HOLYMIGRATE_FAULT");
  return f ? f : "";
}

static int is(const char* op) { return strcmp(fault(), op) == 0; }

static int fault_errno(void) {
  const char* e = getenv("HOLYMIGRATE_FAULT_ERRNO");
  if (!e || !strcmp(e, "ENOSPC")) return ENOSPC;
  if (!strcmp(e, "EIO")) return EIO;
  if (!strcmp(e, "EACCES")) return EACCES;
  if (!strcmp(e, "EROFS")) return EROFS;
  if (!strcmp(e, "EINVAL")) return EINVAL;
  return ENOSPC;
}

static int path_matches(const char* path) {
  const char* want = getenv("HOLYMIGRATE_FAULT_PATH");
  return path && (!want || strstr(path, want) != NULL);
}

static int is_temp(const char* path) { return path && strstr(path, ".holymigrate-tmp-") != NULL; }

/* The original of ".../.<name>.holymigrate-tmp-..." is ".../<name>". */
static void original_of(const char* temp, char* out, size_t size) {
  const char* slash = strrchr(temp, '/');
  size_t dir = slash ? (size_t)(slash - temp + 1) : 0;
  const char* name = temp + dir + 1; /* skip the leading '.' */
  const char* end = strstr(name, ".holymigrate-tmp-");
  snprintf(out, size, "%.*s%.*s", (int)dir, temp, (int)(end - name), name);
}

static int is_tmpfile(int flags) { return (flags & O_TMPFILE) == O_TMPFILE; }

static ssize_t real_write(int fd, const void* buf, size_t n) {
  static ssize_t (*next)(int, const void*, size_t);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "write"); /* POSIX idiom */
  return next(fd, buf, n);
}

static int real_open(const char* path, int flags, mode_t mode);

/* HOLYMIGRATE_TRACE: "<what>[ <detail>]\n", one write(2) of O_APPEND each, so
 * lines of several threads do not mix. */
static void trace(const char* what, const char* detail) {
  const char* file = getenv("HOLYMIGRATE_TRACE");
  if (!file) return;
  char line[4200];
  int n = snprintf(line, sizeof line, "%s%s%s\n", what, detail ? " " : "", detail ? detail : "");
  if (n < 0 || (size_t)n >= sizeof line) return;
  int saved = errno;
  int fd = real_open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) {
    (void)!real_write(fd, line, (size_t)n);
    static int (*next_close)(int);
    if (!next_close) *(void**)&next_close = dlsym(RTLD_NEXT, "close"); /* POSIX idiom */
    next_close(fd);
  }
  errno = saved;
}

/* The absolute path of an open folder, or "" when FD is not one. */
static void folder_of(int fd, char* out, size_t size) {
  struct stat st;
  out[0] = 0;
  if (fstat(fd, &st) != 0 || !S_ISDIR(st.st_mode)) return;
  char self[64];
  snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(self, out, size - 1);
  out[n > 0 ? n : 0] = 0;
  if (n <= 0) snprintf(out, size, "?");
}

/* touch and remove: the other writer acts on the original of TEMP. */
static void interfere(const char* temp) {
  if (!is_temp(temp) || !(is("touch") || is("remove"))) return;
  char orig[4096];
  original_of(temp, orig, sizeof orig);
  if (!path_matches(orig)) return;
  if (is("remove")) {
    unlink(orig);
    return;
  }
  static int (*next_open)(const char*, int, ...);
  if (!next_open) *(void**)&next_open = dlsym(RTLD_NEXT, "open"); /* POSIX idiom */
  int fd = next_open(orig, O_WRONLY | O_APPEND, 0);
  if (fd >= 0) {
    (void)!write(fd, "\n", 1);
    close(fd);
  }
}

/* killnamed: the AFTER-th temporary name to exist kills the process. */
static void killed_when_named(void) {
  static int named;
  if (!is("killnamed")) return;
  const char* after = getenv("HOLYMIGRATE_FAULT_AFTER");
  if (__atomic_add_fetch(&named, 1, __ATOMIC_SEQ_CST) == (after ? atoi(after) : 1)) raise(SIGKILL);
}

static int real_open(const char* path, int flags, mode_t mode) {
  static int (*next)(const char*, int, ...);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "open"); /* POSIX idiom */
  return next(path, flags, mode);
}

static int do_open(const char* path, int flags, mode_t mode) {
  if (is_tmpfile(flags)) {
    if (getenv("HOLYMIGRATE_NO_TMPFILE")) {
      errno = EOPNOTSUPP;
      return -1;
    }
    if (is("create") && path_matches(path)) {
      errno = fault_errno();
      return -1;
    }
  }
  if (is("create") && is_temp(path) && path_matches(path)) {
    errno = fault_errno();
    return -1;
  }
  if (is("open") && path_matches(path)) {
    errno = fault_errno();
    return -1;
  }
  if (is("vanish") && !is_temp(path) && !(flags & O_CREAT) && !is_tmpfile(flags) &&
      path_matches(path))
    unlink(path);
  interfere(path);
  int fd = real_open(path, flags, mode);
  if (fd >= 0 && fd < MAX_FD) temp_fd[fd] = (char)(is_temp(path) || is_tmpfile(flags));
  if (fd >= 0 && (flags & O_CREAT) && is_temp(path)) killed_when_named();
  return fd;
}

int open(const char* path, int flags, ...) {
  mode_t mode = 0;
  if ((flags & O_CREAT) || is_tmpfile(flags)) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return do_open(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
  mode_t mode = 0;
  if ((flags & O_CREAT) || is_tmpfile(flags)) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return do_open(path, flags, mode);
}

ssize_t write(int fd, const void* buf, size_t n) {
  static ssize_t (*next)(int, const void*, size_t);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "write"); /* POSIX idiom */
  if (is("kill") && fd >= 0 && fd < MAX_FD && temp_fd[fd]) {
    if (n > 1) next(fd, buf, n / 2); /* killed half way */
    raise(SIGKILL);
  }
  if (is("write") && fd >= 0 && fd < MAX_FD && temp_fd[fd]) {
    /* Like a full disk: part of the data goes, then the error. */
    if (n > 1) return next(fd, buf, n / 2);
    errno = fault_errno();
    return -1;
  }
  return next(fd, buf, n);
}

int fsync(int fd) {
  static int (*next)(int);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "fsync"); /* POSIX idiom */
  char folder[4096];
  folder_of(fd, folder, sizeof folder);
  int temp = fd >= 0 && fd < MAX_FD && temp_fd[fd];
  trace(folder[0] ? "fsync-dir" : temp ? "fsync-temp" : "fsync-file", folder[0] ? folder : NULL);
  if (is("fsync") && temp) {
    errno = fault_errno();
    return -1;
  }
  if (is("fsyncdir") && folder[0] && path_matches(folder)) {
    errno = fault_errno();
    return -1;
  }
  return next(fd);
}

size_t fwrite(const void* buf, size_t size, size_t n, FILE* stream) {
  static size_t (*next)(const void*, size_t, size_t, FILE*);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "fwrite"); /* POSIX idiom */
  if (stream == stdout)
    trace(memmem(buf, size * n, "Summary (", 9) ? "stdout-summary" : "stdout", NULL);
  return next(buf, size, n, stream);
}

ssize_t send(int fd, const void* buf, size_t n, int flags) {
  static ssize_t (*next)(int, const void*, size_t, int);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "send"); /* POSIX idiom */
  trace("send", NULL);
  return next(fd, buf, n, flags);
}

int close(int fd) {
  static int (*next)(int);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "close"); /* POSIX idiom */
  if (fd >= 0 && fd < MAX_FD) temp_fd[fd] = 0;
  return next(fd);
}

int linkat(int olddir, const char* old, int newdir, const char* new, int flags) {
  static int (*next)(int, const char*, int, const char*, int);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "linkat"); /* POSIX idiom */
  interfere(new);
  int rc = next(olddir, old, newdir, new, flags);
  if (rc == 0 && is_temp(new)) killed_when_named();
  return rc;
}

int rename(const char* from, const char* to) {
  static int (*next)(const char*, const char*);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "rename"); /* POSIX idiom */
  if (is("rename") && is_temp(from) && path_matches(to)) {
    errno = fault_errno();
    return -1;
  }
  int rc = next(from, to);
  if (rc == 0 && is_temp(from)) trace("rename", to);
  if (rc == 0 && is_temp(from) && is("sigint")) {
    const char* after = getenv("HOLYMIGRATE_FAULT_AFTER");
    if (++renames == (after ? atoi(after) : 1)) raise(SIGINT);
  }
  return rc;
}

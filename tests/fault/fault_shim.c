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
 *                              its first temporary file gets its name (linkat),
 *                              before the rename
 *   HOLYMIGRATE_FAULT=touch    when the temporary file for PATH gets its name
 *                              (linkat, or open of a named one), PATH gets one
 *                              more byte (another writer)
 *   HOLYMIGRATE_FAULT=remove   ... PATH is removed instead (it vanished)
 *   HOLYMIGRATE_FAULT=vanish   PATH is removed just before it is opened to read
 *   HOLYMIGRATE_FAULT=sigint   SIGINT is raised after the AFTER-th rename
 * HOLYMIGRATE_FAULT_ERRNO: ENOSPC (default), EIO, EACCES, EROFS.
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
  if (is("fsync") && fd >= 0 && fd < MAX_FD && temp_fd[fd]) {
    errno = fault_errno();
    return -1;
  }
  return next(fd);
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
  if (rc == 0 && is("killnamed") && is_temp(new)) raise(SIGKILL);
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
  if (rc == 0 && is_temp(from) && is("sigint")) {
    const char* after = getenv("HOLYMIGRATE_FAULT_AFTER");
    if (++renames == (after ? atoi(after) : 1)) raise(SIGINT);
  }
  return rc;
}

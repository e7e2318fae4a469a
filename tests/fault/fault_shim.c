/* LD_PRELOAD shim for the fault tests (tests/fault/run.sh): makes the system
 * calls of holymigrate's writes fail, or changes the tree at the worst
 * moment, without root, tmpfs or a test seam in the product.
 *
 *   HOLYMIGRATE_FAULT=write    write() to a temporary file fails with ERRNO
 *   HOLYMIGRATE_FAULT=fsync    fsync() of a temporary file fails with ERRNO
 *   HOLYMIGRATE_FAULT=rename   rename() of a temporary file fails with ERRNO
 *   HOLYMIGRATE_FAULT=open     open() of a path containing PATH fails with ERRNO
 *   HOLYMIGRATE_FAULT=touch    when the temporary file for PATH is created,
 *                              PATH gets one more byte (another writer)
 *   HOLYMIGRATE_FAULT=remove   ... PATH is removed instead (it vanished)
 *   HOLYMIGRATE_FAULT=vanish   PATH is removed just before it is opened to read
 *   HOLYMIGRATE_FAULT=sigint   SIGINT is raised after the AFTER-th rename
 * HOLYMIGRATE_FAULT_ERRNO: ENOSPC (default), EIO, EACCES, EROFS.
 * HOLYMIGRATE_FAULT_PATH: a substring of the path (not for write and fsync,
 * which see only a descriptor); unset matches every path.
 * Temporary files are recognised by ".holymigrate-tmp-" in their name. */
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

static int real_open(const char* path, int flags, mode_t mode) {
  static int (*next)(const char*, int, ...);
  if (!next) *(void**)&next = dlsym(RTLD_NEXT, "open"); /* POSIX idiom */
  return next(path, flags, mode);
}

static int do_open(const char* path, int flags, mode_t mode) {
  if (is("open") && path_matches(path)) {
    errno = fault_errno();
    return -1;
  }
  if (is("vanish") && !is_temp(path) && !(flags & O_CREAT) && path_matches(path)) unlink(path);
  if (is_temp(path) && (is("touch") || is("remove"))) {
    char orig[4096];
    original_of(path, orig, sizeof orig);
    if (path_matches(orig)) {
      if (is("remove")) {
        unlink(orig);
      } else {
        int fd = real_open(orig, O_WRONLY | O_APPEND, 0);
        if (fd >= 0) {
          (void)!write(fd, "\n", 1);
          close(fd);
        }
      }
    }
  }
  int fd = real_open(path, flags, mode);
  if (fd >= 0 && fd < MAX_FD) temp_fd[fd] = (char)is_temp(path);
  return fd;
}

int open(const char* path, int flags, ...) {
  mode_t mode = 0;
  if (flags & (O_CREAT | O_TMPFILE)) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return do_open(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
  mode_t mode = 0;
  if (flags & (O_CREAT | O_TMPFILE)) {
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

#include "incremental/build_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>

namespace gongkai::gen {
namespace fs = std::filesystem;
namespace {

// The pid the holder wrote into the lock file, or "" when unreadable.
std::string holder_pid(int fd) {
    char buffer[32] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0) return "";
    std::string pid(buffer, size_t(n));
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return pid.find_first_not_of("0123456789") == std::string::npos ? pid : "";
}

}  // namespace

BuildLock::BuildLock(const OutputPaths& paths, LockWait wait) {
    std::error_code ec;
    if (paths.lock.has_parent_path()) fs::create_directories(paths.lock.parent_path(), ec);
    const int fd = ::open(paths.lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        status_ = Status::error("open the build lock", paths.lock, std::strerror(errno));
        return;
    }
    const auto deadline = std::chrono::steady_clock::now() + kBriefWait;
    for (;;) {
        const int mode = wait == LockWait::until_free ? LOCK_EX : LOCK_EX | LOCK_NB;
        if (::flock(fd, mode) == 0) break;
        if (errno == EINTR) continue;
        if (errno != EWOULDBLOCK || std::chrono::steady_clock::now() >= deadline) {
            const int cause = errno;
            const std::string pid = holder_pid(fd);
            ::close(fd);
            status_ = cause == EWOULDBLOCK
                          ? Status::failure("another build of " + paths.shown + " is running" +
                                            (pid.empty() ? "" : " (pid " + pid + ")") +
                                            "; wait for it to finish and run this again")
                          : Status::error("lock", paths.lock, std::strerror(cause));
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    fd_ = fd;
    // Only for the message another build prints; the lock itself is the flock.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) != 0 || ::pwrite(fd_, pid.data(), pid.size(), 0) != ssize_t(pid.size())) {
        // The pid is a courtesy: a lock without it still excludes.
    }
    status_ = Status::ok();
}

BuildLock::~BuildLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace gongkai::gen

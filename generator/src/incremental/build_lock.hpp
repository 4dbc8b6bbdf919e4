#pragma once
// One build of an output at a time. Every command that writes an output
// (build, each rebuild of serve, import) holds an exclusive flock(2) on the
// output's lock file (OutputPaths::lock) while it runs: two builds of one
// output would otherwise share its staging tree and kiosk scratch folder and
// destroy each other's work. The kernel drops the lock when the holder exits
// or is killed, so a crashed build never leaves a stale lock behind.

#include "gongkai/status.hpp"
#include "incremental/output_paths.hpp"

#include <chrono>

namespace gongkai::gen {

enum class LockWait {
    briefly,     // a few seconds, then fail naming the holder: a person is waiting
    until_free,  // as long as it takes: serve's rebuilds wait their turn
};

class [[nodiscard]] BuildLock {
public:
    // Takes the lock of `paths`' output, creating the lock file (and its
    // folder) when needed, and writes this process's id into it. On failure
    // status() says why: "another build of public/ is running (pid 123)".
    BuildLock(const OutputPaths& paths, LockWait wait);
    ~BuildLock();
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

    bool held() const { return fd_ >= 0; }
    const Status& status() const { return status_; }

    // How long LockWait::briefly waits.
    static constexpr std::chrono::milliseconds kBriefWait{3000};

private:
    int fd_ = -1;
    Status status_;
};

}  // namespace gongkai::gen

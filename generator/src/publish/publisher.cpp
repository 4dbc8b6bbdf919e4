#include "publish/publisher.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <string_view>
#include <unordered_set>
#include <thread>
#include <vector>

namespace gongkai::gen {
namespace fs = std::filesystem;
namespace {

// Present at the root of every tree this publisher made; a directory without
// it is never replaced or wiped, so a mistyped --out cannot destroy files.
constexpr const char* kTreeMarker = ".gongkai-tree";

std::string errno_text() { return std::strerror(errno); }

// Which end of the plan a render worker takes its batches from.
enum class PlanEnd { front, back };

bool write_text(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    return bool(out);
}

bool is_empty_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir, ec) && fs::directory_iterator(dir, ec) == fs::directory_iterator();
}

// Writes all of `bytes` to `fd`; false on error (errno set).
bool write_all(int fd, std::string_view bytes) {
    const char* p = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= size_t(n);
    }
    return true;
}

// Creates a fresh inode at `path` (never writes into an existing inode, which
// the other tree or a reader may share) and fills it with `produce`.
// `may_exist` is false when the staging tree is known not to have the file:
// then no unlink is needed, which matters because unlink takes the directory
// lock that the other render thread wants too.
Status write_fresh(const std::string& path, bool may_exist, const PlannedFile& f, size_t& bytes_out) {
    if (may_exist && ::unlink(path.c_str()) != 0 && errno != ENOENT) return Status::error("replace", path, errno_text());
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno == EEXIST && !may_exist && ::unlink(path.c_str()) == 0)
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return Status::error("create", path, errno_text());
    bool ok = true;
    bytes_out = 0;
    if (f.stream) {
        // Buffer small pieces so a row-at-a-time producer does not cost a
        // system call per row.
        std::string buffer;
        buffer.reserve(1 << 20);
        f.stream([&](std::string_view piece) {
            bytes_out += piece.size();
            if (buffer.size() + piece.size() > (1 << 20)) {
                ok = ok && write_all(fd, buffer);
                buffer.clear();
            }
            if (piece.size() > (1 << 20))
                ok = ok && write_all(fd, piece);
            else
                buffer.append(piece);
        });
        ok = ok && write_all(fd, buffer);
    } else {
        std::string content = f.render();
        bytes_out = content.size();
        ok = write_all(fd, content);
    }
    Status status = ok ? Status::ok() : Status::error("write", path, errno_text());
    if (::close(fd) != 0 && status.is_ok()) status = Status::error("write", path, errno_text());
    return status;
}

Status link_fresh(const std::string& from, const std::string& to, bool may_exist) {
    if (may_exist && ::unlink(to.c_str()) != 0 && errno != ENOENT) return Status::error("replace", to, errno_text());
    if (::link(from.c_str(), to.c_str()) != 0) return Status::error("link", to, errno_text());
    return Status::ok();
}

// Atomically swaps two directories (Linux renameat2). Falls back to three
// renames on file systems without RENAME_EXCHANGE, with a short window in
// which `live` is missing.
Status exchange_dirs(const fs::path& staging, const fs::path& live) {
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return Status::ok();
    if (errno != EINVAL && errno != ENOSYS) return Status::error("publish", live, errno_text());
    fs::path aside = live;
    aside += ".swap";
    std::error_code ec;
    fs::rename(live, aside, ec);
    if (!ec) fs::rename(staging, live, ec);
    if (!ec) fs::rename(aside, staging, ec);
    return ec ? Status::error("publish", live, ec) : Status::ok();
}

}  // namespace

Publisher::Publisher(const OutputPaths& paths) : out_(paths.live), staging_(paths.previous) {}

Status Publisher::begin() {
    std::error_code ec;
    fs::path parent = staging_.parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (ec) return Status::error("create", parent, ec);

    if (fs::exists(out_, ec)) {
        if (!fs::is_directory(out_, ec)) return Status::error("publish to", out_, "it exists and is not a folder");
        if (!fs::exists(out_ / kTreeMarker, ec) && !is_empty_dir(out_))
            return Status::failure("refusing to replace " + out_.string() +
                                   ": it is not empty and was not written by gongkai (choose another --out or empty it)");
        live_manifest_ = Manifest::read(out_ / kManifestName);
    }

    if (fs::exists(staging_, ec)) {
        if (!fs::exists(staging_ / kTreeMarker, ec) && !is_empty_dir(staging_))
            return Status::failure("refusing to use " + staging_.string() + ": it was not written by gongkai");
        if (fs::exists(staging_ / kManifestName, ec)) {
            staging_manifest_ = Manifest::read(staging_ / kManifestName);
        } else {
            // An interrupted build left it in an unknown state: start it afresh.
            fs::remove_all(staging_, ec);
            if (ec) return Status::error("clear", staging_, ec);
        }
    }
    fs::create_directories(staging_, ec);
    if (ec) return Status::error("create", staging_, ec);
    // From here on the staging tree is "dirty" until commit() writes its manifest.
    fs::remove(staging_ / kManifestName, ec);
    if (!write_text(staging_ / kTreeMarker, "gongkai output tree\n"))
        return Status::error("write", staging_ / kTreeMarker, errno_text());
    return Status::ok();
}

// Where one planned file stands before rendering.
struct Publisher::Prior {
    bool in_staging = false;  // the staging tree has a file at the path
    bool kept = false;        // ... with the same fingerprint
    bool live_same = false;   // the live tree has it with the same fingerprint
};

Status Publisher::match_previous(const OutputPlan& plan, std::vector<Prior>& prior) {
    prior.assign(plan.size(), Prior{});
    std::vector<bool> claimed(staging_manifest_.size(), false);
    std::unordered_set<std::string_view> unclaimed_paths;  // planned paths the staging tree lacks
    std::set<std::string_view> new_dirs;
    size_t next_staging = 0, next_live = 0;
    for (size_t i = 0; i < plan.size(); ++i) {
        const PlannedFile& f = plan[i];
        Prior& p = prior[i];
        if (const size_t s = staging_manifest_.find(f.path, next_staging); s != Manifest::npos) {
            // Two planned files found at one entry have the same path.
            if (claimed[s]) return Status::failure("two outputs claim the path " + f.path);
            claimed[s] = true;
            next_staging = s + 1;
            p.in_staging = true;
            p.kept = f.fingerprint != 0 && staging_manifest_[s].fingerprint == f.fingerprint;
        } else {
            if (!unclaimed_paths.insert(f.path).second) return Status::failure("two outputs claim the path " + f.path);
            if (const size_t slash = f.path.rfind('/'); slash != std::string::npos)
                new_dirs.insert(std::string_view(f.path).substr(0, slash));
        }
        if (!p.kept && f.fingerprint != 0) {
            if (const size_t l = live_manifest_.find(f.path, next_live); l != Manifest::npos) {
                next_live = l + 1;
                p.live_same = live_manifest_[l].fingerprint == f.fingerprint;
            }
        }
    }

    std::error_code ec;
    for (size_t s = 0; s < staging_manifest_.size(); ++s) {
        if (claimed[s]) continue;
        if (fs::remove(staging_ / staging_manifest_[s].path, ec)) ++stats_.removed;
    }
    // A file the staging tree has is in a folder it has; only new paths may need one.
    for (std::string_view d : new_dirs) {
        fs::create_directories(staging_ / d, ec);
        if (ec) return Status::error("create", staging_ / d, ec);
    }
    return Status::ok();
}

Status Publisher::apply(const OutputPlan& plan, unsigned threads) {
    stats_ = {};
    stats_.planned = plan.size();
    std::vector<Prior> prior;
    if (Status matched = match_previous(plan, prior); !matched) return matched;

    const std::string staging_root = staging_.string() + "/";
    const std::string live_root = out_.string() + "/";
    std::atomic<size_t> rendered{0}, kept{0}, linked{0}, bytes{0};
    std::mutex error_mutex;
    Status first_error;
    // Workers take batches alternately from the front and the back of the
    // plan, which keeps them in different directories for most of the run:
    // creating files in one directory serialises on its lock, and a thread
    // spinning on that lock is a core doing nothing.
    std::mutex claim_mutex;
    size_t front = 0, back = plan.size();
    constexpr size_t kBatch = 32;
    auto claim = [&](PlanEnd end_taken, size_t& begin, size_t& end) {
        std::lock_guard lock(claim_mutex);
        size_t n = std::min(kBatch, back - front);
        if (end_taken == PlanEnd::back) {
            back -= n;
            begin = back;
        } else {
            begin = front;
            front += n;
        }
        end = begin + n;
        return n > 0;
    };
    auto worker = [&](PlanEnd end_taken) {
        size_t begin = 0, end = 0;
        while (claim(end_taken, begin, end)) {
            for (size_t i = begin; i < end; ++i) {
                const PlannedFile& f = plan[i];
                const Prior& p = prior[i];
                Status status;
                if (p.kept) {
                    ++kept;
                    continue;
                }
                if (p.live_same) {
                    status = link_fresh(live_root + f.path, staging_root + f.path, p.in_staging);
                    if (status) {
                        ++linked;
                        continue;
                    }
                    // The live file is missing or unreadable: render it instead.
                }
                try {
                    size_t written = 0;
                    status = write_fresh(staging_root + f.path, p.in_staging, f, written);
                    bytes += written;
                    ++rendered;
                } catch (const std::exception& e) {
                    status = Status::error("render", f.path, e.what());
                }
                if (!status) {
                    std::lock_guard lock(error_mutex);
                    if (first_error) first_error = status;
                    std::lock_guard claim_lock(claim_mutex);
                    front = back;  // no more batches for anyone
                }
            }
        }
    };
    threads = std::max(1u, threads);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t % 2 == 1 ? PlanEnd::back : PlanEnd::front);
    worker(PlanEnd::front);
    for (auto& t : pool) t.join();

    stats_.rendered = rendered;
    stats_.kept = kept;
    stats_.linked = linked;
    stats_.bytes_written = bytes;
    if (first_error) new_manifest_ = Manifest::format(plan);
    return first_error;
}

Status Publisher::commit() {
    if (!write_text(staging_ / kManifestName, new_manifest_))
        return Status::error("write", staging_ / kManifestName, errno_text());
    std::error_code ec;
    if (!fs::exists(out_, ec)) {
        fs::rename(staging_, out_, ec);
        return ec ? Status::error("publish", out_, ec) : Status::ok();
    }
    return exchange_dirs(staging_, out_);
}

}  // namespace gongkai::gen

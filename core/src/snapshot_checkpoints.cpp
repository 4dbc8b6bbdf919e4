// Page I/O for incremental snapshots: pread, copy_file_range and XXH3-128
// page hashes. Nothing here speaks SQL; the checkpoint rows are read and
// written by the store.

#include "snapshot_checkpoints.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "gongkai/snapshot.hpp"
#include "xxh128.hpp"

namespace gongkai::snapshot {

namespace {

using store::kPageSize;

std::string errno_text() { return std::generic_category().message(errno); }

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    bool ok() const { return fd_ >= 0; }

private:
    int fd_;
};

// Reads exactly `count` bytes at `offset`; false on error or end of file
// (errno is 0 at end of file).
bool read_at(int fd, int64_t offset, char* out, size_t count) {
    while (count > 0) {
        const ssize_t n = ::pread(fd, out, count, offset);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            if (n == 0) errno = 0;
            return false;
        }
        out += n;
        offset += n;
        count -= size_t(n);
    }
    return true;
}

// XXH3-128 of pages first..last (1-based, inclusive) of the file `fd`, or
// nullopt when the file is shorter or unreadable.
std::optional<std::string> hash_pages(int fd, int64_t first, int64_t last) {
    Xxh128 hash;
    std::vector<char> buffer(size_t(64 * kPageSize));
    for (int64_t page = first; page <= last;) {
        const int64_t pages = std::min<int64_t>(64, last - page + 1);
        const size_t bytes = size_t(pages * kPageSize);
        if (!read_at(fd, (page - 1) * kPageSize, buffer.data(), bytes)) return std::nullopt;
        hash.update(buffer.data(), bytes);
        page += pages;
    }
    return hash.hex();
}

// Copies bytes [offset, offset + count) of `in` to the same place in `out`,
// in the kernel where it can.
bool copy_range(int in, int out, int64_t offset, int64_t count) {
    off_t from = offset, to = offset;
    while (count > 0) {
        const ssize_t n = ::copy_file_range(in, &from, out, &to, size_t(count), 0);
        if (n > 0) {
            count -= n;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) {  // `in` ended early
            errno = 0;
            return false;
        }
        // Not supported between these files: copy through a buffer.
        std::vector<char> buffer(size_t(64 * kPageSize));
        while (count > 0) {
            const size_t chunk = size_t(std::min<int64_t>(count, int64_t(buffer.size())));
            if (!read_at(in, from, buffer.data(), chunk)) return false;
            for (size_t done = 0; done < chunk;) {
                const ssize_t w = ::pwrite(out, buffer.data() + done, chunk - done, to);
                if (w < 0 && errno == EINTR) continue;
                if (w <= 0) return false;
                done += size_t(w);
                to += w;
            }
            from += int64_t(chunk);
            count -= int64_t(chunk);
        }
    }
    return true;
}

// A big-endian field of an SQLite database header (sqlite.org/fileformat.html).
uint32_t header_field(const std::string& page, size_t offset, size_t bytes) {
    uint32_t value = 0;
    for (size_t i = 0; i < bytes; ++i) value = (value << 8) | uint8_t(page[offset + i]);
    return value;
}

// What page 1 of a snapshot file says about the database: nothing when it is
// one of ours of this schema and `page_count` pages long.
std::string header_mismatch(const std::string& page, int64_t page_count) {
    static constexpr char kMagic[] = "SQLite format 3";  // and its NUL: 16 bytes
    if (page.compare(0, sizeof kMagic, kMagic, sizeof kMagic) != 0) return "not an SQLite header";
    if (header_field(page, 16, 2) != uint32_t(kPageSize)) return "page size is not 16384";
    if (header_field(page, 68, 4) != uint32_t(store::kApplicationId) ||
        header_field(page, 60, 4) != uint32_t(kSnapshotSchemaVersion))
        return "not a snapshot of schema version " + std::to_string(kSnapshotSchemaVersion);
    // The header's page count is valid when the change counter matches the
    // version it is valid for; SQLite keeps it so after every commit.
    if (header_field(page, 24, 4) != header_field(page, 92, 4) || header_field(page, 28, 4) != page_count)
        return "page count " + std::to_string(page_count) + " does not match its first page";
    return {};
}

}  // namespace

Status CheckpointRecorder::record(int64_t page_count, store::Checkpoint& cp) {
    FileDescriptor fd(::open(file_.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.ok()) return Status::error("read back", file_, errno_text());
    cp.page_count = page_count;
    cp.first_page.resize(size_t(kPageSize));
    if (!read_at(fd.get(), 0, cp.first_page.data(), cp.first_page.size()))
        return Status::error("read back", file_, errno ? errno_text() : "shorter than one page");
    cp.first_page_hash = xxh128_hex(cp.first_page);
    const auto pages = hash_pages(fd.get(), pages_covered_ + 1, page_count);
    if (!pages)
        return Status::error("read back", file_, errno ? errno_text() : "shorter than its page count");
    cp.pages_hash = *pages;
    pages_covered_ = page_count;
    return Status::ok();
}

Status verify_checkpoints(const std::filesystem::path& file, std::span<const store::Checkpoint> checkpoints) {
    auto damaged = [&](size_t i, const std::string& what) {
        return Status::error("use the checkpoints of", file,
                             "checkpoint " + std::to_string(i + 1) + ": " + what);
    };
    if (checkpoints.size() > std::size(store::kTableGroups))
        return Status::error("use the checkpoints of", file, "more checkpoints than table groups");
    int64_t pages_before = 1;
    for (size_t i = 0; i < checkpoints.size(); ++i) {
        const store::Checkpoint& cp = checkpoints[i];
        if (cp.seq != int64_t(i) + 1) return damaged(i, "out of sequence");
        if (!is_hex128(cp.rows_digest) || !is_hex128(cp.first_page_hash) || !is_hex128(cp.pages_hash))
            return damaged(i, "a digest is not 32 hex digits");
        if (cp.first_page.size() != size_t(kPageSize) || xxh128_hex(cp.first_page) != cp.first_page_hash)
            return damaged(i, "first page fails its checksum");
        if (const std::string why = header_mismatch(cp.first_page, cp.page_count); !why.empty())
            return damaged(i, why);
        // Every group creates tables, so adds pages.
        if (cp.page_count <= pages_before) return damaged(i, "page count does not grow");
        pages_before = cp.page_count;
    }
    return Status::ok();
}

Status restore_checkpoint(const std::filesystem::path& previous,
                          std::span<const store::Checkpoint> checkpoints, const std::filesystem::path& file) {
    const store::Checkpoint& last = checkpoints.back();
    FileDescriptor in(::open(previous.c_str(), O_RDONLY | O_CLOEXEC));
    if (!in.ok()) return Status::error("read", previous, errno_text());
    // Later groups never touch earlier pages, so each group's pages are still
    // as they were hashed at its checkpoint, unless the file was changed.
    int64_t first = 2;
    for (size_t i = 0; i < checkpoints.size(); ++i) {
        const store::Checkpoint& cp = checkpoints[i];
        const auto hash = hash_pages(in.get(), first, cp.page_count);
        if (!hash)
            return Status::error(
                "use the checkpoints of", previous,
                errno ? errno_text() : "ends before page " + std::to_string(cp.page_count) + " (truncated)");
        if (*hash != cp.pages_hash)
            return Status::error("use the checkpoints of", previous,
                                 "pages " + std::to_string(first) + ".." + std::to_string(cp.page_count) +
                                     " fail the checksum of checkpoint " + std::to_string(i + 1));
        first = cp.page_count + 1;
    }
    std::error_code ec;
    std::filesystem::remove(file, ec);
    FileDescriptor out(::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    bool ok = out.ok() &&
              ::pwrite(out.get(), last.first_page.data(), last.first_page.size(), 0) == kPageSize &&
              copy_range(in.get(), out.get(), kPageSize, (last.page_count - 1) * kPageSize);
    if (ok) return Status::ok();
    Status failed = Status::error("write", file, errno ? errno_text() : previous.string() + " ended early");
    std::filesystem::remove(file, ec);
    return failed;
}

}  // namespace gongkai::snapshot

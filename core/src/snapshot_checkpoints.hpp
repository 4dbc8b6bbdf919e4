#pragma once
// Private to gongkai_core: the page-level side of incremental snapshots.
// After each table group commits, the writer records a checkpoint (page 1
// as it is then and a hash of the pages the group added); a later write
// whose first groups have the same rows starts from a copy of the previous
// file up to the last such checkpoint, after checking every byte it copies
// against the hashes. docs/snapshot.md, "Incremental writes".

#include <cstdint>
#include <filesystem>
#include <span>
#include <utility>

#include "gongkai/status.hpp"
#include "store.hpp"

namespace gongkai::snapshot {

// Records a checkpoint after each table group a store::Writer commits.
// Not thread-safe.
class CheckpointRecorder {
public:
    // `file` is the database being written. `pages_covered` is how many of
    // its pages earlier checkpoints cover: its page count when the write
    // resumes a restored checkpoint, 1 for a new file (page 1 changes with
    // every group, so each checkpoint keeps it whole instead of hashing it).
    CheckpointRecorder(std::filesystem::path file, int64_t pages_covered)
        : file_(std::move(file)), pages_covered_(pages_covered) {}

    // Reads back `file` as committed with `page_count` pages: page 1 and the
    // hash of the pages added since the last checkpoint. The rows digest is
    // left for the caller to fill in.
    // REQUIRES: the group's transaction has committed (journal off: its
    // pages are in the file).
    Status record(int64_t page_count, store::Checkpoint& out);

private:
    std::filesystem::path file_;
    int64_t pages_covered_;
};

// Checks the content of each checkpoint record read back from `file`: the
// first page against its checksum (first_page_hash), the page count
// against that page's header (which the checksum covers), that page
// counts grow and seqs run 1, 2, ..., and that digests and hashes are
// 128-bit hex. A failure's cause says which record and what is wrong.
Status verify_checkpoints(const std::filesystem::path& file, std::span<const store::Checkpoint> checkpoints);

// Writes to `file` the database `previous` was at checkpoints.back(): page 1
// from the checkpoint, pages 2.. copied from `previous` (in the kernel where
// it can) once each group's pages there match its pages_hash. On failure
// leaves no `file`; the cause says which group's pages did not match or
// what could not be read or written.
// REQUIRES: `checkpoints` are a non-empty prefix of the verified
// checkpoints of `previous`.
Status restore_checkpoint(const std::filesystem::path& previous,
                          std::span<const store::Checkpoint> checkpoints, const std::filesystem::path& file);

}  // namespace gongkai::snapshot

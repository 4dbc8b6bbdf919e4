#pragma once
// Atomic, incremental publishing of an output tree.
//
// Two trees live side by side on one file system: the live tree (`out`) and
// the previous generation (`.out.previous`, hidden sibling). A build brings
// the previous tree up to date — reusing files whose fingerprint is unchanged,
// hard-linking files the live tree already has, rendering the rest — and then
// swaps the two directories with one renameat2(RENAME_EXCHANGE). Readers of
// `out` see either the old site or the new one, never a mix; a build that
// fails or is killed leaves `out` exactly as it was. The cost of a rebuild is
// proportional to what changed, not to the size of the site.
//
// Files are never modified in place (a kiosk may hold an old snapshot open,
// and the two trees share inodes): a changed file is unlinked and created anew.

#include "gongkai/status.hpp"
#include "incremental/output_paths.hpp"
#include "page_graph/output_plan.hpp"
#include "publish/manifest.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace gongkai::gen {

struct PublishStats {
    size_t planned = 0;
    size_t rendered = 0;   // rendered and written
    size_t kept = 0;       // already up to date in the staging tree
    size_t linked = 0;     // hard-linked from the live tree
    size_t removed = 0;    // stale files deleted from the staging tree
    size_t bytes_written = 0;
};

class Publisher {
public:
    // Publishes to `paths.live` (it need not exist yet), staging in
    // `paths.previous`. REQUIRES: the caller holds the output's BuildLock
    // from begin() to commit(): the staging tree is not shared.
    explicit Publisher(const OutputPaths& paths);

    // Prepares the staging tree.
    Status begin();
    // Brings the staging tree to `plan`, rendering on `threads` threads.
    // REQUIRES: begin() succeeded.
    Status apply(const OutputPlan& plan, unsigned threads);
    // Where extra outputs (the kiosk snapshot) are written before commit().
    const std::filesystem::path& staging() const { return staging_; }
    const std::filesystem::path& live() const { return out_; }
    // Makes the staging tree live. Not calling it leaves the live tree
    // untouched; the unfinished staging tree (it has no manifest) is reset
    // by the next begin().
    Status commit();

    const PublishStats& stats() const { return stats_; }

    // Name of the manifest file kept at the root of each tree.
    static constexpr const char* kManifestName = ".gongkai-build";

private:
    struct Prior;
    // Finds each planned file in the two trees' manifests, removes staged
    // files no longer planned and creates the folders new files need.
    Status match_previous(const OutputPlan& plan, std::vector<Prior>& prior);

    std::filesystem::path out_;
    std::filesystem::path staging_;
    Manifest live_manifest_;
    Manifest staging_manifest_;
    std::string new_manifest_;  // written by commit()
    PublishStats stats_;
};

}  // namespace gongkai::gen

#pragma once
// Watches a snapshot directory and opens a new snapshot when its manifest
// changes. Bad snapshots (missing, truncated, corrupt, sha256 mismatch) are
// refused with one log line each; the caller keeps the last good one.

#include "gongkai/snapshot.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace gongkai::kiosk {

using Logger = std::function<void(const std::string&)>;

class SnapshotWatcher {
public:
    SnapshotWatcher(std::filesystem::path dir, Logger log) : dir_(std::move(dir)), log_(std::move(log)) {}

    // A newly opened snapshot when the directory holds a good one that differs
    // from the last one tried; nullptr otherwise. Cheap when nothing changed
    // (reads manifest.json and stats the database).
    std::shared_ptr<const SnapshotReader> poll();

private:
    std::string fingerprint(const SnapshotManifest& m) const;
    std::filesystem::path dir_;
    Logger log_;
    std::string last_;  // fingerprint (or error) of the last attempt
};

}  // namespace gongkai::kiosk

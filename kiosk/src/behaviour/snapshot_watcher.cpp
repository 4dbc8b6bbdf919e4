#include "behaviour/snapshot_watcher.hpp"

namespace gongkai::kiosk {

std::string SnapshotWatcher::fingerprint(const SnapshotManifest& m) const {
    std::error_code ec;
    auto db = dir_ / (m.database.empty() ? std::string(kSnapshotDbName) : m.database);
    auto size = std::filesystem::file_size(db, ec);
    auto mtime = std::filesystem::last_write_time(db, ec);
    return m.sha256 + "|" + m.generated_at + "|" + std::to_string(ec ? 0 : size) + "|" +
           std::to_string(mtime.time_since_epoch().count());
}

std::shared_ptr<const SnapshotReader> SnapshotWatcher::poll() {
    SnapshotManifest manifest;
    if (const Status s = read_manifest(dir_, &manifest); !s) {
        std::string key = "error:" + s.message();
        if (key != last_) log_("snapshot refused: " + s.message());
        last_ = key;
        return nullptr;
    }
    std::string key = fingerprint(manifest);
    if (key == last_) return nullptr;
    last_ = key;
    std::unique_ptr<SnapshotReader> reader;
    if (const Status s = SnapshotReader::open(dir_, &reader); !s) {
        log_("snapshot refused: " + s.message());
        return nullptr;
    }
    log_("snapshot loaded " + reader->manifest().generated_at);
    return std::shared_ptr<const SnapshotReader>(std::move(reader));
}

}  // namespace gongkai::kiosk

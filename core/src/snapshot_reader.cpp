// SnapshotReader::open: refuses a snapshot unless its manifest, checksum,
// schema and SQLite integrity all check out. The queries are in store.cpp.

#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"

#include <charconv>

namespace gongkai {

namespace {

int to_int(const std::string& s, int fallback) {
    int value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && end == s.data() + s.size() ? value : fallback;
}

int64_t to_int64(const std::string& s) {
    int64_t value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

// The manifest may only name a file inside the snapshot directory.
bool is_plain_file_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\\') == std::string::npos;
}

}  // namespace

void SnapshotReader::load_meta() {
    SnapshotMeta& m = meta_;
    m.schema_version = to_int(meta_value("schema_version"), 0);
    m.generated_at = meta_value("generated_at");
    m.generated_local = DateTime::from_minutes_since_epoch(to_int64(meta_value("generated_local")));
    m.site_title = meta_value("site_title");
    m.base_url = meta_value("base_url");
    m.utc_offset_minutes = to_int(meta_value("utc_offset_minutes"), kDefaultUtcOffsetMinutes);
    m.kiosk.centre_name = meta_value("kiosk_centre_name");
    m.kiosk.address = meta_value("kiosk_address");
    m.kiosk.opening_hours = meta_value("kiosk_opening_hours");
    m.kiosk.orientation = parse_orientation(meta_value("kiosk_orientation")).value_or(Orientation::portrait);
    m.kiosk.idle_seconds = to_int(meta_value("kiosk_idle_seconds"), kDefaultIdleSeconds);
    m.kiosk.services = kiosk_services();
    m.pin_sha256 = meta_value("pin_sha256");
}

Status SnapshotReader::open(const std::filesystem::path& dir, std::unique_ptr<SnapshotReader>* out) {
    out->reset();
    std::unique_ptr<SnapshotReader> reader(new SnapshotReader());
    SnapshotManifest& manifest = reader->manifest_;
    if (Status s = read_manifest(dir, &manifest); !s) return s;
    const std::filesystem::path manifest_path = dir / kSnapshotManifestName;
    if (manifest.schema_version != kSnapshotSchemaVersion)
        return Status::error("open snapshot", manifest_path,
                             "schema version " + std::to_string(manifest.schema_version) +
                                 " not supported (expected " + std::to_string(kSnapshotSchemaVersion) + ")");
    if (!is_plain_file_name(manifest.database))
        return Status::error("open snapshot", manifest_path,
                             "database '" + manifest.database + "' is not a file name");
    const std::filesystem::path db_path = dir / manifest.database;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(db_path, ec)) return Status::error("open snapshot", db_path, "missing");
    if (sha256_file_hex(db_path.string()) != manifest.sha256)
        return Status::error("open snapshot", db_path, "sha256 mismatch with manifest.json");

    if (Status s = reader->open_database(db_path); !s) return s;
    reader->load_meta();
    if (reader->meta_.schema_version != kSnapshotSchemaVersion)
        return Status::error("open snapshot", db_path,
                             "database schema version " + std::to_string(reader->meta_.schema_version) +
                                 " does not match the manifest");
    *out = std::move(reader);
    return Status::ok();
}

}  // namespace gongkai

// SnapshotReader: refuses a snapshot unless its manifest, checksum, schema
// and SQLite integrity all check out, then answers the kiosk's queries.

#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"
#include "store.hpp"

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

SnapshotMeta load_meta(store::Queries& q) {
    SnapshotMeta m;
    m.schema_version = to_int(q.meta("schema_version"), 0);
    m.generated_at = q.meta("generated_at");
    m.generated_local = DateTime::from_minutes_since_epoch(to_int64(q.meta("generated_local")));
    m.site_title = q.meta("site_title");
    m.base_url = q.meta("base_url");
    m.utc_offset_minutes = to_int(q.meta("utc_offset_minutes"), kDefaultUtcOffsetMinutes);
    m.kiosk.centre_name = q.meta("kiosk_centre_name");
    m.kiosk.address = q.meta("kiosk_address");
    m.kiosk.opening_hours = q.meta("kiosk_opening_hours");
    m.kiosk.orientation = parse_orientation(q.meta("kiosk_orientation")).value_or(Orientation::portrait);
    m.kiosk.idle_seconds = to_int(q.meta("kiosk_idle_seconds"), kDefaultIdleSeconds);
    m.kiosk.services = q.kiosk_services();
    m.pin_sha256 = q.meta("pin_sha256");
    return m;
}

// The manifest may only name a file inside the snapshot directory.
bool is_plain_file_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\\') == std::string::npos;
}

}  // namespace

std::unique_ptr<SnapshotReader> SnapshotReader::open(const std::filesystem::path& dir, std::string& error) {
    auto manifest = read_manifest(dir, error);
    if (!manifest) return nullptr;
    if (manifest->schema_version != kSnapshotSchemaVersion) {
        error = "schema version " + std::to_string(manifest->schema_version) + " not supported (expected " +
                std::to_string(kSnapshotSchemaVersion) + ")";
        return nullptr;
    }
    if (!is_plain_file_name(manifest->database)) {
        error = "manifest.json: database '" + manifest->database + "' is not a file name";
        return nullptr;
    }
    const std::filesystem::path db_path = dir / manifest->database;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(db_path, ec)) {
        error = manifest->database + " missing";
        return nullptr;
    }
    if (sha256_file_hex(db_path.string()) != manifest->sha256) {
        error = "sha256 mismatch for " + manifest->database;
        return nullptr;
    }

    std::unique_ptr<SnapshotReader> reader(new SnapshotReader());
    reader->manifest_ = std::move(*manifest);
    reader->db_ = store::open_read_only(db_path, error);
    if (!reader->db_) return nullptr;
    try {
        reader->queries_ = std::make_unique<store::Queries>(reader->db_);
    } catch (const store::StoreError& e) {
        error = std::string("database schema not as expected: ") + e.what();
        return nullptr;
    }
    reader->meta_ = load_meta(*reader->queries_);
    if (reader->meta_.schema_version != kSnapshotSchemaVersion) {
        error = "database schema version " + std::to_string(reader->meta_.schema_version) +
                " does not match the manifest";
        return nullptr;
    }
    return reader;
}

SnapshotReader::~SnapshotReader() {
    queries_.reset();  // statements are finalized before the database closes
    store::close(db_);
}

std::vector<Unit> SnapshotReader::units() const { return queries_->units(); }

std::vector<Category> SnapshotReader::categories(std::string_view domain) const {
    return queries_->categories(domain);
}

std::vector<DeadlineClass> SnapshotReader::deadline_classes() const { return queries_->deadline_classes(); }
std::vector<Contact> SnapshotReader::contacts() const { return queries_->contacts(); }
std::vector<Page> SnapshotReader::pages() const { return queries_->pages(); }

CaseFigures SnapshotReader::figures(const std::string& unit_id, Period p) const {
    return queries_->figures(unit_id, p.key());
}

std::vector<NoticeSummary> SnapshotReader::notices(NoticeState state, DateTime now, const std::string& unit,
                                                   const std::string& category) const {
    return queries_->notices(state, now.minutes_since_epoch(), unit, category);
}

std::optional<Notice> SnapshotReader::notice(const std::string& id) const { return queries_->notice(id); }

int64_t SnapshotReader::case_count(const CaseFilter& f) const { return queries_->case_count(f); }

std::vector<CaseSummary> SnapshotReader::cases(const CaseFilter& f, int64_t offset, int64_t limit) const {
    return queries_->cases(f, offset, limit);
}

std::optional<CaseDetail> SnapshotReader::case_detail(const std::string& id) const {
    return queries_->case_detail(id);
}

std::vector<ProjectSummary> SnapshotReader::projects(const std::string& unit,
                                                     std::optional<ProjectStatus> status) const {
    return queries_->projects(unit, status);
}

std::optional<Project> SnapshotReader::project(const std::string& id) const { return queries_->project(id); }

Money SnapshotReader::total_budget(const std::string& unit) const { return queries_->total_budget(unit); }

}  // namespace gongkai

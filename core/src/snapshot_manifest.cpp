#include "snapshot_manifest.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <system_error>

namespace gongkai {

std::string manifest_json(const SnapshotManifest& m) {
    nlohmann::json j;
    j["schema_version"] = m.schema_version;
    j["generated_at"] = m.generated_at;
    j["database"] = m.database;
    j["sha256"] = m.sha256;
    j["counts"] = m.counts;
    return j.dump(2) + "\n";
}

namespace {

// Copies a required field of the expected JSON type into `out`; the cause of
// a failure, or "".
template <class T>
std::string take(const nlohmann::json& j, const char* key, nlohmann::json::value_t type, T& out) {
    const auto it = j.find(key);
    const bool number_ok = type == nlohmann::json::value_t::number_integer && it != j.end() &&
                           it->is_number_integer();
    if (it == j.end() || (!number_ok && it->type() != type))
        return std::string("'") + key + "' missing or of the wrong type";
    out = it->get<T>();
    return {};
}

}  // namespace

Status read_manifest(const std::filesystem::path& dir, SnapshotManifest* manifest) {
    const std::filesystem::path path = dir / kSnapshotManifestName;
    // iostreams keep no error of their own; errno says why open(2) or
    // read(2) failed.
    auto failed = [&] {
        return errno ? Status::error("read", path, std::error_code(errno, std::generic_category()))
                     : Status::error("read", path, "unreadable");
    };
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) return failed();
    std::stringstream text;
    text << in.rdbuf();
    if (in.bad()) return failed();
    const nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return Status::error("read", path, "not a JSON object");
    using vt = nlohmann::json::value_t;
    SnapshotManifest m;
    for (const std::string& cause : {take(j, "schema_version", vt::number_integer, m.schema_version),
                                     take(j, "generated_at", vt::string, m.generated_at),
                                     take(j, "database", vt::string, m.database),
                                     take(j, "sha256", vt::string, m.sha256)})
        if (!cause.empty()) return Status::error("read", path, cause);
    if (const auto counts = j.find("counts"); counts != j.end()) {
        if (!counts->is_object()) return Status::error("read", path, "'counts' is not an object");
        for (const auto& [name, value] : counts->items()) {
            if (!value.is_number_integer())
                return Status::error("read", path, "count '" + name + "' is not an integer");
            m.counts[name] = value.get<int64_t>();
        }
    }
    *manifest = std::move(m);
    return Status::ok();
}

}  // namespace gongkai

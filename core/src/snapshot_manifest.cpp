#include "snapshot_manifest.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

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

// Copies a required field of the expected JSON type into `out`.
template <class T>
bool take(const nlohmann::json& j, const char* key, nlohmann::json::value_t type, T& out,
          std::string& error) {
    const auto it = j.find(key);
    const bool number_ok = type == nlohmann::json::value_t::number_integer && it != j.end() &&
                           it->is_number_integer();
    if (it == j.end() || (!number_ok && it->type() != type)) {
        error = std::string("manifest.json: '") + key + "' missing or of the wrong type";
        return false;
    }
    out = it->get<T>();
    return true;
}

}  // namespace

std::optional<SnapshotManifest> read_manifest(const std::filesystem::path& dir, std::string& error) {
    std::ifstream in(dir / kSnapshotManifestName, std::ios::binary);
    if (!in) {
        error = "manifest.json missing";
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
        error = "manifest.json is not a JSON object";
        return std::nullopt;
    }
    using vt = nlohmann::json::value_t;
    SnapshotManifest m;
    if (!take(j, "schema_version", vt::number_integer, m.schema_version, error) ||
        !take(j, "generated_at", vt::string, m.generated_at, error) ||
        !take(j, "database", vt::string, m.database, error) ||
        !take(j, "sha256", vt::string, m.sha256, error))
        return std::nullopt;
    if (const auto counts = j.find("counts"); counts != j.end()) {
        if (!counts->is_object()) {
            error = "manifest.json: 'counts' is not an object";
            return std::nullopt;
        }
        for (const auto& [name, value] : counts->items()) {
            if (!value.is_number_integer()) {
                error = "manifest.json: count '" + name + "' is not an integer";
                return std::nullopt;
            }
            m.counts[name] = value.get<int64_t>();
        }
    }
    return m;
}

}  // namespace gongkai

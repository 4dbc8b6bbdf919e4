#pragma once
// Private to gongkai_core: manifest.json text for a snapshot.

#include "gongkai/snapshot.hpp"

#include <string>

namespace gongkai {

// Pretty-printed JSON with sorted keys, ending in a newline: the same
// manifest always gives the same bytes.
std::string manifest_json(const SnapshotManifest& m);

}  // namespace gongkai

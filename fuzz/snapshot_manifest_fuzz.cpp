// libFuzzer target: the kiosk snapshot's manifest.json, which a kiosk reads
// from whatever lands in its snapshot folder.
#include "gongkai/snapshot.hpp"

#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::filesystem::path dir = [] {
        auto p = std::filesystem::temp_directory_path() / ("gongkai-fuzz-" + std::to_string(getpid()));
        std::filesystem::create_directories(p);
        return p;
    }();
    std::ofstream(dir / gongkai::kSnapshotManifestName, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), std::streamsize(size));
    gongkai::SnapshotManifest manifest;
    (void)gongkai::read_manifest(dir, &manifest);
    std::unique_ptr<gongkai::SnapshotReader> reader;
    (void)gongkai::SnapshotReader::open(dir, &reader);
    return 0;
}

#pragma once
// Records parsed from content files, kept between builds so that a rebuild
// parses only the files that changed: with 100,000 cases, parsing (YAML
// front matter above all) was most of a rebuild after a one-notice edit.
//
// One cache file per content folder (cases.bin, notices.bin, ...) in a
// directory beside the output; an entry per source file that loaded without
// a problem, found by the path as shown and the file's stamp (size, mtime,
// ctime, inode), as git's index does. A file changed within the last two
// seconds is not trusted by its stamp (a second quick edit might leave the
// stamp as it was) and is parsed again. The cache only ever saves time: a
// missing, damaged or foreign cache file is an empty cache.

#include "gongkai/validate.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gongkai::gen {

struct CacheLocation {
    std::filesystem::path dir;  // holds one file per content folder
    uint64_t program = 0;       // entries of another program are not used
    // Counted by load_site: record files taken from the cache, and parsed.
    size_t files_reused = 0;
    size_t files_parsed = 0;
    std::vector<std::string> folders_parsed;  // folders with a file parsed ("cases", ...)
};

struct FileStamp {
    int64_t size = 0;
    int64_t mtime_ns = 0;
    int64_t ctime_ns = 0;
    int64_t inode = 0;
    bool operator==(const FileStamp&) const = default;
};

// The privacy scan's memo of clean records (gongkai/validate.hpp), kept in
// the cache folder as privacy.bin for the same program only. A missing or
// damaged file is an empty memo; saving is skipped when nothing changed,
// and failures are ignored.
PiiMemo load_pii_memo(const CacheLocation& cache);
void save_pii_memo(const CacheLocation& cache, const PiiMemo& memo);

// The file's stamp, or nullopt when it cannot be read or was changed too
// recently to be trusted.
std::optional<FileStamp> trusted_stamp(const std::filesystem::path& file);

// The cached records of one content folder. find() and keep() may be called
// from several threads at once; save() once, after them.
template <class T>
class FolderCache {
public:
    FolderCache(std::filesystem::path file, uint64_t program);
    ~FolderCache();
    FolderCache(const FolderCache&) = delete;
    FolderCache& operator=(const FolderCache&) = delete;

    // The records cached for `key` at this stamp.
    std::optional<std::vector<T>> find(const std::string& key, const FileStamp& stamp) const;
    // Adds records parsed in this build.
    void keep(const std::string& key, const FileStamp& stamp, const std::vector<T>& records);
    // Rewrites the cache file when it changed: the entries kept in this
    // build plus those found for `found_keys`; entries of files that are
    // gone are dropped. Failures are ignored (the next build parses again).
    void save(const std::vector<std::string>& found_keys);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace gongkai::gen

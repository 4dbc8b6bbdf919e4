#include "content/content_cache.hpp"

#include "content/record_archive.hpp"

#include <cereal/archives/binary.hpp>

#include <sys/stat.h>

#include <array>
#include <chrono>
#include <cstring>
#include <fstream>
#include <mutex>
#include <unordered_map>

namespace gongkai::gen {

namespace fs = std::filesystem;

namespace {

// File layout: entries (each a cereal archive of std::vector<T>), then the
// index, then the footer. Written whole to a temporary file and renamed
// over the old one.
constexpr std::array<char, 8> kMagic = {'g', 'k', 'c', 'a', 'c', 'h', 'e', '1'};
constexpr int64_t kTrustAfterNs = 2'000'000'000;

struct Entry {
    FileStamp stamp;
    uint64_t offset = 0;
    uint64_t length = 0;
};

struct Footer {
    uint64_t index_offset = 0;
    uint64_t entries = 0;
    uint64_t program = 0;
    std::array<char, 8> magic{};
};

template <class V>
void put(std::ostream& out, const V& v) {
    out.write(reinterpret_cast<const char*>(&v), sizeof v);
}
template <class V>
bool get(std::istream& in, V& v) {
    return bool(in.read(reinterpret_cast<char*>(&v), sizeof v));
}

int64_t nanoseconds(const timespec& t) { return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

std::unordered_map<std::string, Entry> read_index(const fs::path& file, uint64_t program) {
    std::unordered_map<std::string, Entry> index;
    std::ifstream in(file, std::ios::binary);
    Footer footer;
    if (!in || !in.seekg(-std::streamoff(sizeof footer), std::ios::end)) return index;
    const auto footer_at = uint64_t(in.tellg());
    if (!get(in, footer) || footer.magic != kMagic || footer.program != program || footer.index_offset > footer_at)
        return index;
    in.seekg(std::streamoff(footer.index_offset));
    for (uint64_t i = 0; i < footer.entries; ++i) {
        uint32_t key_size = 0;
        Entry e;
        if (!get(in, key_size) || key_size > 4096) return {};
        std::string key(key_size, '\0');
        if (!in.read(key.data(), key_size) || !get(in, e.stamp) || !get(in, e.offset) || !get(in, e.length) ||
            e.offset + e.length > footer.index_offset)
            return {};
        index.emplace(std::move(key), e);
    }
    return index;
}

}  // namespace

std::optional<FileStamp> trusted_stamp(const fs::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return std::nullopt;
    FileStamp s{int64_t(st.st_size), nanoseconds(st.st_mtim), nanoseconds(st.st_ctim), int64_t(st.st_ino)};
    const int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    if (now - std::max(s.mtime_ns, s.ctime_ns) < kTrustAfterNs) return std::nullopt;
    return s;
}

template <class T>
struct FolderCache<T>::State {
    fs::path file;
    fs::path temporary;
    uint64_t program = 0;
    std::unordered_map<std::string, Entry> index;  // of `file`, read once

    std::mutex mutex;  // guards what follows
    std::ofstream out;  // `temporary`, opened by the first keep()
    std::vector<std::pair<std::string, Entry>> kept;
    bool failed = false;
};

template <class T>
FolderCache<T>::FolderCache(fs::path file, uint64_t program) : state_(std::make_unique<State>()) {
    state_->file = std::move(file);
    state_->temporary = state_->file;
    state_->temporary += ".new";
    state_->program = program;
    state_->index = read_index(state_->file, program);
}

template <class T>
FolderCache<T>::~FolderCache() {
    if (state_->out.is_open()) {
        state_->out.close();
        std::error_code ec;
        fs::remove(state_->temporary, ec);
    }
}

template <class T>
std::optional<std::vector<T>> FolderCache<T>::find(const std::string& key, const FileStamp& stamp) const {
    const auto it = state_->index.find(key);
    if (it == state_->index.end() || !(it->second.stamp == stamp)) return std::nullopt;
    std::ifstream in(state_->file, std::ios::binary);
    if (!in.seekg(std::streamoff(it->second.offset))) return std::nullopt;
    std::vector<T> records;
    try {
        cereal::BinaryInputArchive archive(in);
        archive(records);
    } catch (const std::exception&) {
        return std::nullopt;  // damaged: parse the file instead
    }
    if (uint64_t(in.tellg()) != it->second.offset + it->second.length) return std::nullopt;
    return records;
}

template <class T>
void FolderCache<T>::keep(const std::string& key, const FileStamp& stamp, const std::vector<T>& records) {
    std::lock_guard lock(state_->mutex);
    if (state_->failed) return;
    std::ofstream& out = state_->out;
    if (!out.is_open()) out.open(state_->temporary, std::ios::binary | std::ios::trunc);
    Entry e{stamp, uint64_t(out.tellp()), 0};
    {
        cereal::BinaryOutputArchive archive(out);
        archive(records);
    }
    e.length = uint64_t(out.tellp()) - e.offset;
    if (!out) {
        state_->failed = true;
        return;
    }
    state_->kept.emplace_back(key, e);
}

template <class T>
void FolderCache<T>::save(const std::vector<std::string>& found_keys) {
    State& s = *state_;
    if (s.kept.empty() && found_keys.size() == s.index.size()) return;  // nothing new, nothing gone
    std::error_code ec;
    if (s.failed) {
        s.out.close();
        fs::remove(s.temporary, ec);
        return;
    }
    std::ofstream& out = s.out;
    if (!out.is_open()) out.open(s.temporary, std::ios::binary | std::ios::trunc);
    const size_t kept = s.kept.size();
    std::vector<std::pair<std::string, Entry>> entries = std::move(s.kept);
    // Entries still in use are copied over from the old file as they are.
    std::ifstream old(s.file, std::ios::binary);
    std::vector<char> buffer;
    for (const std::string& key : found_keys) {
        const Entry& e = s.index.at(key);
        buffer.resize(e.length);
        if (!old.seekg(std::streamoff(e.offset)) || !old.read(buffer.data(), std::streamsize(e.length))) break;
        entries.emplace_back(key, Entry{e.stamp, uint64_t(out.tellp()), e.length});
        out.write(buffer.data(), std::streamsize(e.length));
    }
    Footer footer{uint64_t(out.tellp()), entries.size(), s.program, kMagic};
    for (const auto& [key, e] : entries) {
        put(out, uint32_t(key.size()));
        out.write(key.data(), std::streamsize(key.size()));
        put(out, e.stamp);
        put(out, e.offset);
        put(out, e.length);
    }
    put(out, footer);
    out.close();
    if (!out || entries.size() != kept + found_keys.size()) {
        fs::remove(s.temporary, ec);
        return;
    }
    fs::rename(s.temporary, s.file, ec);
    if (ec) fs::remove(s.temporary, ec);
}

template class FolderCache<Case>;
template class FolderCache<Project>;
template class FolderCache<Notice>;
template class FolderCache<Page>;

}  // namespace gongkai::gen

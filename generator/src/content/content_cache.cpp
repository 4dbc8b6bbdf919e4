#include "content/content_cache.hpp"

#include "content/record_archive.hpp"

#include <cereal/archives/binary.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <fstream>
#include <mutex>
#include <streambuf>
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

int64_t nanoseconds(const timespec& t) { return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

// The whole cache file, mapped read-only: entries are read straight from
// the page cache, with no copy into a stream buffer first (a rebuild reads
// 190 MB of them at 100,000 cases).
class MappedFile {
public:
    explicit MappedFile(const fs::path& file) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                data_ = static_cast<const char*>(p);
                size_ = size_t(st.st_size);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (data_) ::munmap(const_cast<char*>(data_), size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return {data_, size_}; }

private:
    const char* data_ = nullptr;
    size_t size_ = 0;
};

// A read-only stream over bytes in memory, for cereal.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view bytes) {
        char* p = const_cast<char*>(bytes.data());  // never written: no put area
        setg(p, p, p + bytes.size());
    }
    size_t consumed() const { return size_t(gptr() - eback()); }
};

// Reads a fixed-size value at `at`, moving `at` past it.
template <class V>
bool take(std::string_view bytes, uint64_t& at, V& v) {
    if (at > bytes.size() || bytes.size() - at < sizeof v) return false;
    std::memcpy(&v, bytes.data() + at, sizeof v);
    at += sizeof v;
    return true;
}

std::unordered_map<std::string, Entry> read_index(std::string_view bytes, uint64_t program) {
    std::unordered_map<std::string, Entry> index;
    Footer footer;
    if (bytes.size() < sizeof footer) return index;
    const uint64_t footer_at = bytes.size() - sizeof footer;
    uint64_t at = footer_at;
    if (!take(bytes, at, footer) || footer.magic != kMagic || footer.program != program ||
        footer.index_offset > footer_at)
        return index;
    at = footer.index_offset;
    index.reserve(footer.entries);
    for (uint64_t i = 0; i < footer.entries; ++i) {
        uint32_t key_size = 0;
        Entry e;
        if (!take(bytes, at, key_size) || key_size > 4096 || footer_at - at < key_size) return {};
        std::string key(bytes.substr(at, key_size));
        at += key_size;
        if (!take(bytes, at, e.stamp) || !take(bytes, at, e.offset) || !take(bytes, at, e.length) ||
            e.offset > footer.index_offset || footer.index_offset - e.offset < e.length)
            return {};
        index.emplace(std::move(key), e);
    }
    return index;
}

constexpr std::array<char, 8> kPiiMagic = {'g', 'k', 'p', 'i', 'i', 'o', 'k', '1'};

}  // namespace

PiiMemo load_pii_memo(const CacheLocation& cache) {
    const MappedFile mapped(cache.dir / "privacy.bin");
    const std::string_view bytes = mapped.bytes();
    uint64_t at = 0, program = 0, count = 0;
    std::array<char, 8> magic{};
    if (!take(bytes, at, magic) || magic != kPiiMagic || !take(bytes, at, program) || program != cache.program ||
        !take(bytes, at, count) || (bytes.size() - at) / sizeof(uint64_t) != count)
        return PiiMemo();
    std::vector<uint64_t> keys(count);
    std::memcpy(keys.data(), bytes.data() + at, count * sizeof(uint64_t));
    return PiiMemo(std::move(keys));
}

void save_pii_memo(const CacheLocation& cache, const PiiMemo& memo) {
    if (!memo.changed()) return;
    const std::vector<uint64_t> keys = memo.clean_now();
    const fs::path file = cache.dir / "privacy.bin";
    fs::path temporary = file;
    temporary += ".new";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(kPiiMagic.data(), kPiiMagic.size());
        put(out, cache.program);
        put(out, uint64_t(keys.size()));
        out.write(reinterpret_cast<const char*>(keys.data()), std::streamsize(keys.size() * sizeof(uint64_t)));
        out.close();
        if (out) {
            std::error_code ec;
            fs::rename(temporary, file, ec);
            if (!ec) return;
        }
    }
    std::error_code ec;
    fs::remove(temporary, ec);
}

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
    std::unique_ptr<MappedFile> mapped;             // `file` as it was when the build began
    std::unordered_map<std::string, Entry> index;  // of `mapped`

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
    state_->mapped = std::make_unique<MappedFile>(state_->file);
    state_->index = read_index(state_->mapped->bytes(), program);
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
    ViewBuffer buffer(state_->mapped->bytes().substr(it->second.offset, it->second.length));
    std::istream in(&buffer);
    std::vector<T> records;
    try {
        cereal::BinaryInputArchive archive(in);
        archive(records);
    } catch (const std::exception&) {
        return std::nullopt;  // damaged: parse the file instead
    }
    if (buffer.consumed() != it->second.length) return std::nullopt;
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
    // Entries still in use are copied over from the old file as they are,
    // neighbours in one piece: after a one-file edit that is the whole file
    // in two or three writes.
    std::vector<std::pair<const std::string*, const Entry*>> reused;
    reused.reserve(found_keys.size());
    for (const std::string& key : found_keys) reused.emplace_back(&key, &s.index.at(key));
    std::sort(reused.begin(), reused.end(), [](const auto& a, const auto& b) { return a.second->offset < b.second->offset; });
    const std::string_view old_bytes = s.mapped->bytes();
    for (size_t i = 0; i < reused.size();) {
        const uint64_t run_begin = reused[i].second->offset;
        uint64_t run_end = run_begin;
        const uint64_t written_at = uint64_t(out.tellp());
        for (; i < reused.size() && reused[i].second->offset == run_end; ++i) {
            const Entry& e = *reused[i].second;
            entries.emplace_back(*reused[i].first, Entry{e.stamp, written_at + (e.offset - run_begin), e.length});
            run_end += e.length;
        }
        out.write(old_bytes.data() + run_begin, std::streamsize(run_end - run_begin));
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

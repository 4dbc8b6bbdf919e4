#include "publish/manifest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstring>

namespace gongkai::gen {
namespace {

constexpr size_t kHexDigits = 16;

// The value of 16 lower-case hex digits, or false.
bool parse_hex(const char* p, uint64_t& value) {
    value = 0;
    for (size_t i = 0; i < kHexDigits; ++i) {
        const char c = p[i];
        unsigned digit;
        if (c >= '0' && c <= '9')
            digit = unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = unsigned(c - 'a' + 10);
        else
            return false;
        value = (value << 4) | digit;
    }
    return true;
}

std::vector<char> read_whole(const std::filesystem::path& file) {
    std::vector<char> bytes;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return bytes;
    const off_t size = ::lseek(fd, 0, SEEK_END);
    if (size > 0) {
        bytes.resize(size_t(size));
        size_t got = 0;
        while (got < bytes.size()) {
            const ssize_t n = ::pread(fd, bytes.data() + got, bytes.size() - got, off_t(got));
            if (n <= 0) break;
            got += size_t(n);
        }
        bytes.resize(got);
    }
    ::close(fd);
    return bytes;
}

}  // namespace

Manifest Manifest::read(const std::filesystem::path& file) {
    Manifest m;
    m.text_ = read_whole(file);
    const char* p = m.text_.data();
    const char* end = p + m.text_.size();
    m.entries_.reserve(m.text_.size() / 48);
    while (p < end) {
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol) break;  // a torn last line
        Entry e;
        if (size_t(eol - p) > kHexDigits + 1 && p[kHexDigits] == ' ' && parse_hex(p, e.fingerprint)) {
            e.path = std::string_view(p + kHexDigits + 1, size_t(eol - p) - kHexDigits - 1);
            m.entries_.push_back(e);
        }
        p = eol + 1;
    }
    return m;
}

std::string Manifest::format(const OutputPlan& plan) {
    static constexpr char kHex[] = "0123456789abcdef";
    size_t size = 0;
    for (const PlannedFile& f : plan) size += kHexDigits + 2 + f.path.size();
    std::string text(size, '\0');
    char* out = text.data();
    for (const PlannedFile& f : plan) {
        for (size_t i = 0; i < kHexDigits; ++i) out[i] = kHex[(f.fingerprint >> (4 * (kHexDigits - 1 - i))) & 0xf];
        out[kHexDigits] = ' ';
        out = std::copy(f.path.begin(), f.path.end(), out + kHexDigits + 1);
        *out++ = '\n';
    }
    return text;
}

size_t Manifest::find(std::string_view path, size_t expected) {
    if (expected < entries_.size() && entries_[expected].path == path) return expected;
    if (by_path_.empty() && !entries_.empty()) {
        by_path_.reserve(entries_.size());
        for (size_t i = 0; i < entries_.size(); ++i) by_path_.emplace(entries_[i].path, i);
    }
    const auto it = by_path_.find(path);
    return it == by_path_.end() ? npos : it->second;
}

}  // namespace gongkai::gen

#pragma once
// Private to gongkai_core: XXH3-128 as 32 lowercase hex digits, for the rows
// digests and the snapshot checkpoints' page hashes.

#include <xxhash.h>

#include <cstddef>
#include <memory>
#include <new>
#include <string>
#include <string_view>

namespace gongkai {

// 32 lowercase hex digits, high half first.
inline std::string hex128(XXH128_hash_t h) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(32);
    for (uint64_t part : {h.high64, h.low64})
        for (int shift = 60; shift >= 0; shift -= 4) out += digits[(part >> shift) & 0xf];
    return out;
}

inline std::string xxh128_hex(std::string_view bytes) {
    return hex128(XXH3_128bits(bytes.data(), bytes.size()));
}

// True for what hex128() gives: 32 lowercase hex digits.
inline bool is_hex128(std::string_view text) {
    if (text.size() != 32) return false;
    for (const char ch : text)
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
    return true;
}

// A streaming XXH3-128.
class Xxh128 {
public:
    Xxh128() : state_(XXH3_createState(), &XXH3_freeState) {
        if (!state_) throw std::bad_alloc();
        XXH3_128bits_reset(state_.get());
    }
    void update(const void* bytes, size_t size) { XXH3_128bits_update(state_.get(), bytes, size); }
    std::string hex() const { return hex128(XXH3_128bits_digest(state_.get())); }

private:
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state_;
};

}  // namespace gongkai

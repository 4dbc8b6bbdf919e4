#pragma once
// Fast non-cryptographic hashing for change detection (xxHash underneath).

#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai {

uint64_t hash64(std::string_view bytes, uint64_t seed = 0);
// Order-dependent combination of two hashes.
uint64_t hash_combine(uint64_t a, uint64_t b);

// SHA-256 of a file's bytes as lowercase hex; empty string if unreadable.
std::string sha256_file_hex(const std::string& path);
std::string sha256_hex(std::string_view bytes);

}  // namespace gongkai

#include "gongkai/hash.hpp"

#include <openssl/evp.h>
#include <xxhash.h>

#include <array>
#include <fstream>
#include <memory>

namespace gongkai {

namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext new_sha256() {
    DigestContext ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) ctx.reset();
    return ctx;
}

std::string finish_hex(EVP_MD_CTX* ctx) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctx, digest.data(), &size) != 1) return {};
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (unsigned int i = 0; i < size; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0xf];
    }
    return out;
}

}  // namespace

uint64_t hash64(std::string_view bytes, uint64_t seed) {
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

uint64_t hash_combine(uint64_t a, uint64_t b) {
    const uint64_t pair[2] = {a, b};
    return XXH3_64bits(pair, sizeof pair);
}

std::string sha256_hex(std::string_view bytes) {
    DigestContext ctx = new_sha256();
    if (!ctx || EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1) return {};
    return finish_hex(ctx.get());
}

std::string sha256_file_hex(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    DigestContext ctx = new_sha256();
    if (!ctx) return {};
    // Stream in chunks: snapshots can be large and need not fit in memory.
    std::array<char, 64 * 1024> buffer;
    while (in) {
        in.read(buffer.data(), buffer.size());
        const std::streamsize got = in.gcount();
        if (got > 0 && EVP_DigestUpdate(ctx.get(), buffer.data(), size_t(got)) != 1) return {};
    }
    if (in.bad()) return {};
    return finish_hex(ctx.get());
}

}  // namespace gongkai

#include "gongkai/hash.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace gongkai;

TEST_CASE("hash64 is deterministic and seed-sensitive") {
    CHECK(hash64("abc") == hash64("abc"));
    CHECK(hash64("abc") != hash64("abd"));
    CHECK(hash64("abc", 1) != hash64("abc", 2));
    CHECK(hash_combine(1, 2) != hash_combine(2, 1));
    CHECK(hash_combine(hash64("a"), hash64("b")) == hash_combine(hash64("a"), hash64("b")));
}

TEST_CASE("sha256 of bytes and files") {
    // FIPS 180-2 test vectors.
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    const auto path =
        std::filesystem::temp_directory_path() / ("gongkai_hash_test_" + std::to_string(getpid()) + ".bin");
    std::string big(200'000, 'x');  // larger than one read chunk
    big += "abc";
    {
        std::ofstream out(path, std::ios::binary);
        out << big;
    }
    CHECK(sha256_file_hex(path.string()) == sha256_hex(big));
    std::filesystem::remove(path);
    CHECK(sha256_file_hex(path.string()).empty());
}

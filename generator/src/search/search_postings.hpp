#pragma once
// token -> ascending document numbers, built one posting at a time with
// little memory: an open-addressing table of 24-byte entries, each list
// kept as varint gaps (most gaps are one byte), the first 8 bytes inside
// the entry and the rest in a chain of 64-byte blocks. Nothing is allocated
// per token; 100,000 bench case texts (38 million postings) need ~35 MB,
// and 1.4 million distinct bigrams spread evenly over them ~250 MB.

#include "search/search_tokens.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace gongkai::gen {

class PostingTable {
public:
    PostingTable();

    // Adds `doc` to the token's list. REQUIRES: docs arrive in ascending
    // order; adding the same (token, doc) again does nothing.
    void add(TokenId token, uint32_t doc);

    // Drops the lookup table; entries and lists stay readable. Call once
    // every document has been added.
    void freeze();

    // Entries are numbered 0 .. size()-1 in order of first appearance.
    uint32_t size() const { return count_; }
    TokenId token(uint32_t entry) const { return entry_(entry).token; }
    // Appends the entry's document numbers (absolute, ascending) to `out`.
    void documents(uint32_t entry, std::vector<uint32_t>& out) const;

private:
    static constexpr uint32_t kInline = 8;
    static constexpr uint32_t kBlockData = 60;
    struct Entry {
        TokenId token;
        uint32_t last;   // the last document added
        uint32_t bytes;  // length of the varint list
        union {
            uint8_t inline_bytes[kInline];  // while bytes <= kInline
            struct {
                uint32_t head, tail;        // block chain, once longer
            } chain;
        };
    };
    struct Block {
        uint8_t data[kBlockData];
        uint32_t next;
    };
    // Fixed-size pages, so growing never copies (or doubles) what is there.
    template <class T>
    struct Paged {
        static constexpr uint32_t kShift = 14;
        std::vector<std::unique_ptr<T[]>> pages;
        T& operator[](uint32_t i) { return pages[i >> kShift][i & ((1u << kShift) - 1)]; }
        const T& operator[](uint32_t i) const { return pages[i >> kShift][i & ((1u << kShift) - 1)]; }
        void reserve_one(uint32_t index) {
            if ((index >> kShift) >= pages.size()) pages.push_back(std::make_unique_for_overwrite<T[]>(1u << kShift));
        }
    };

    const Entry& entry_(uint32_t i) const { return entries_[i]; }
    uint32_t new_block();
    void append(Entry& e, uint32_t gap);
    void grow();

    Paged<Entry> entries_;
    Paged<Block> blocks_;
    uint32_t count_ = 0;
    uint32_t block_count_ = 0;
    std::vector<uint32_t> slots_;  // entry number + 1; 0 = empty
    uint32_t shift_ = 0;           // 64 - log2(slots_.size())
};

}  // namespace gongkai::gen

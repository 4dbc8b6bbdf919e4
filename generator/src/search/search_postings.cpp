#include "search/search_postings.hpp"

#include <cstring>

namespace gongkai::gen {

namespace {

constexpr uint32_t kInitialSlotsLog2 = 12;

// Fibonacci hashing: the top bits of the product are well mixed even for
// the very regular ids of CJK bigrams.
size_t slot_of(TokenId token, uint32_t shift) { return size_t((token * 0x9E3779B97F4A7C15ull) >> shift); }

}  // namespace

PostingTable::PostingTable() : slots_(size_t(1) << kInitialSlotsLog2, 0), shift_(64 - kInitialSlotsLog2) {}

void PostingTable::add(TokenId token, uint32_t doc) {
    if ((size_t(count_) + 1) * 2 > slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = slot_of(token, shift_);; i = (i + 1) & mask) {
        const uint32_t s = slots_[i];
        if (s == 0) {
            entries_.reserve_one(count_);
            Entry& e = entries_[count_];
            e.token = token;
            e.last = doc;
            e.bytes = 0;
            slots_[i] = ++count_;
            append(e, doc);
            return;
        }
        Entry& e = entries_[s - 1];
        if (e.token != token) continue;
        if (e.last == doc) return;
        const uint32_t gap = doc - e.last;
        e.last = doc;
        append(e, gap);
        return;
    }
}

void PostingTable::freeze() { std::vector<uint32_t>().swap(slots_); }

void PostingTable::grow() {
    std::vector<uint32_t>(slots_.size() * 2, 0).swap(slots_);
    --shift_;
    const size_t mask = slots_.size() - 1;
    for (uint32_t n = 0; n < count_; ++n) {
        size_t i = slot_of(entries_[n].token, shift_);
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = n + 1;
    }
}

uint32_t PostingTable::new_block() {
    blocks_.reserve_one(block_count_);
    blocks_[block_count_].next = 0;
    return block_count_++;
}

void PostingTable::append(Entry& e, uint32_t gap) {
    uint8_t varint[5];
    uint32_t n = 0;
    while (gap >= 0x80) {
        varint[n++] = uint8_t(gap | 0x80);
        gap >>= 7;
    }
    varint[n++] = uint8_t(gap);

    if (e.bytes + n <= kInline) {
        std::memcpy(e.inline_bytes + e.bytes, varint, n);
        e.bytes += n;
        return;
    }
    if (e.bytes <= kInline) {  // first spill: the inline bytes start the chain
        const uint32_t b = new_block();
        std::memcpy(blocks_[b].data, e.inline_bytes, e.bytes);
        e.chain.head = e.chain.tail = b;
    }
    for (uint32_t k = 0; k < n; ++k) {
        const uint32_t offset = e.bytes % kBlockData;
        if (offset == 0) {
            const uint32_t b = new_block();
            blocks_[e.chain.tail].next = b;
            e.chain.tail = b;
        }
        blocks_[e.chain.tail].data[offset] = varint[k];
        ++e.bytes;
    }
}

void PostingTable::documents(uint32_t entry, std::vector<uint32_t>& out) const {
    const Entry& e = entries_[entry];
    uint32_t value = 0, shift = 0, doc = 0;
    bool first = true;
    auto take = [&](uint8_t byte) {
        value |= uint32_t(byte & 0x7F) << shift;
        if (byte & 0x80) {
            shift += 7;
            return;
        }
        doc = first ? value : doc + value;
        first = false;
        out.push_back(doc);
        value = 0;
        shift = 0;
    };
    if (e.bytes <= kInline) {
        for (uint32_t k = 0; k < e.bytes; ++k) take(e.inline_bytes[k]);
        return;
    }
    uint32_t block = e.chain.head;
    for (uint32_t k = 0; k < e.bytes; ++k) {
        if (k > 0 && k % kBlockData == 0) block = blocks_[block].next;
        take(blocks_[block].data[k % kBlockData]);
    }
}

}  // namespace gongkai::gen

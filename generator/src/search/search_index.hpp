#pragma once
// The inverted index behind static search: token -> ascending document
// numbers, split into shards by token hash so a browser fetches only the
// shards its query needs. Independent of records: documents come from a
// callback, so the index can be built for synthetic text (benchmarks).

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

struct SearchDocText {
    std::string title;  // also indexed by single characters
    std::string text;   // everything else that is searchable
};

// Posting lists are written as gaps (first number, then differences) in a
// base-32 varint over a URL-safe alphabet: each number is its 5-bit groups,
// most significant first; every group but the last is offset by 32. A gap
// under 32 costs one character, and the list is a plain JSON string.
void append_posting(std::string& out, uint32_t gap);
std::vector<uint32_t> decode_postings(std::string_view encoded);  // back to absolute numbers

// The index of one search set, built in a single pass over the documents
// and kept compact (see search_postings.hpp); each shard's JSON is then
// produced on demand, so the finished shards never sit in memory together.
class SearchShards {
public:
    // Reads every document once: doc(i) is called exactly once for each i in
    // [0, doc_count), from up to `threads` threads at once (each thread takes
    // a contiguous range of documents). The result does not depend on
    // `threads`. Throws std::runtime_error on a word-hash collision (see
    // WordTable), and rethrows what `doc` throws.
    SearchShards(size_t doc_count, uint32_t shard_count, const std::function<SearchDocText(size_t)>& doc,
                 unsigned threads);
    ~SearchShards();
    SearchShards(const SearchShards&) = delete;
    SearchShards& operator=(const SearchShards&) = delete;

    uint32_t shard_count() const;
    // One JSON object, {"token":"postings",...}, tokens sorted by their
    // UTF-8 bytes. Thread-safe: shards may be rendered concurrently.
    std::string render(uint32_t shard) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Every shard of the index, in order (tests and benchmarks).
std::vector<std::string> build_search_shards(size_t doc_count, uint32_t shard_count,
                                             const std::function<SearchDocText(size_t)>& doc, unsigned threads);

// Shards for an index of `doc_count` documents: a power of two sized so one
// shard stays around 100-150 KB for typical case texts (1024 at most).
uint32_t search_shard_count(size_t doc_count);

}  // namespace gongkai::gen

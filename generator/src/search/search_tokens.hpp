#pragma once
// Tokens of the static search index. themes/default/static/search.js
// implements the same rules on the query; change both together.
//
// Text is normalised with NFKC + case folding (ICU). Then:
//   - a run of CJK characters (Han, kana, hangul) gives every pair of
//     neighbouring characters (bigrams): "物业费" -> 物业, 业费;
//   - with Unigrams::include (titles only) every CJK character is a token too,
//     so one-character queries search titles;
//   - a run of digits is one token, and so is a run of letters (ASCII,
//     Latin, Greek, Cyrillic, Mongolian): "DJ2025" -> dj, 2025; tokens are
//     cut to 40 characters;
//   - everything else separates tokens.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongkai::gen {

enum class Unigrams { exclude, include };

inline constexpr size_t kMaxWordChars = 40;

// A token as a number, so the index builder handles 35 million postings
// without a string each: a CJK bigram or single character is its code
// points, a word of up to 7 bytes its bytes, and a longer word a 62-bit
// hash whose text a WordTable keeps. Equal ids <=> equal token text.
using TokenId = uint64_t;

// The texts of the hashed (long) words seen by one tokenizer user.
// Not thread-safe: one table per thread.
class WordTable {
public:
    // Throws std::runtime_error when two different words share a hash
    // (odds about 1 in 10^7 for a million distinct long words), rather than
    // let one word's documents answer for the other.
    void remember(TokenId id, std::string_view text);
    // REQUIRES: `id` is a hashed word this table (or one merged into it) remembered.
    std::string_view text(TokenId id) const;
    // Adds the other table's words (same collision rule).
    void merge(const WordTable& other);

private:
    std::unordered_map<TokenId, std::string> texts_;
};

// Appends the tokens of `text` (UTF-8) to `out`, in text order, with
// repeats; hashed words are recorded in `words`. Thread-safe (per thread
// its own `words`).
void tokenize(std::string_view text, Unigrams unigrams, std::vector<TokenId>& out, WordTable& words);

// The token's UTF-8 text, appended to `out`.
void append_token_text(std::string& out, TokenId id, const WordTable& words);

// As above, as strings (tests and tools). Thread-safe.
void tokenize(std::string_view text, Unigrams unigrams, std::vector<std::string>& out);

// NFKC without case folding: the form stored for display and verification
// (search.js lower-cases it itself). Thread-safe.
std::string normalize_nfkc(std::string_view text);

// FNV-1a (32 bit) of the token's UTF-8 bytes; shard = hash % shard count.
uint32_t token_hash(std::string_view token);

}  // namespace gongkai::gen

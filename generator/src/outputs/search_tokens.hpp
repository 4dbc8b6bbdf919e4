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
#include <vector>

namespace gongkai::gen {

enum class Unigrams { exclude, include };

inline constexpr size_t kMaxWordChars = 40;

// Appends the tokens of `text` (UTF-8) to `out`, in text order, with repeats.
// Thread-safe.
void tokenize(std::string_view text, Unigrams unigrams, std::vector<std::string>& out);

// NFKC without case folding: the form stored for display and verification
// (search.js lower-cases it itself). Thread-safe.
std::string normalize_nfkc(std::string_view text);

// FNV-1a (32 bit) of the token's UTF-8 bytes; shard = hash % shard count.
uint32_t token_hash(std::string_view token);

}  // namespace gongkai::gen

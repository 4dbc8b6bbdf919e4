#pragma once
// A synthetic content folder for benchmarks: N cases (CSV registers), N/20
// projects and N/10 notices (Markdown), ~100 units, ~20 case categories,
// Chinese bodies of 300-600 characters. Deterministic for a given seed.

#include <cstddef>
#include <filesystem>
#include <string>

namespace gongkai::bench {

struct CorpusSpec {
    size_t cases = 10000;
    unsigned seed = 42;
};

// Writes the corpus into `dir` (created; must not exist or be empty).
// Returns an error message or "".
std::string generate_corpus(const std::filesystem::path& dir, const CorpusSpec& spec);

// Appends a sentence to the body of notice number `n` (0-based), as a staff
// edit would. Returns the edited file's path.
std::filesystem::path edit_notice(const std::filesystem::path& dir, size_t n);

}  // namespace gongkai::bench

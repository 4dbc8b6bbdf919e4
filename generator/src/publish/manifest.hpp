#pragma once
// The list of files a published tree holds, with their fingerprints: one
// line per file, "<16 hex digits> <path>\n", in the order the build planned
// them. It is read twice and written once on every build, for 143,000 files
// at 100,000 cases, so it is kept as one buffer with views into it rather
// than a string per path.

#include "page_graph/output_plan.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongkai::gen {

class Manifest {
public:
    struct Entry {
        std::string_view path;
        uint64_t fingerprint = 0;
    };
    static constexpr size_t npos = size_t(-1);

    // The manifest in `file`; empty when there is none. Lines that do not
    // have the form above are skipped.
    static Manifest read(const std::filesystem::path& file);
    // The manifest of a tree made from `plan`, as text.
    static std::string format(const OutputPlan& plan);

    Manifest() = default;
    Manifest(Manifest&&) = default;
    Manifest& operator=(Manifest&&) = default;

    size_t size() const { return entries_.size(); }
    const Entry& operator[](size_t i) const { return entries_[i]; }

    // Where `path` is, or npos. Tries `expected` first: a rebuild plans the
    // same files in the same order, so asking for the entry after the last
    // one found almost always hits; a table of all paths is built only on
    // the first miss. Not safe to call from several threads.
    size_t find(std::string_view path, size_t expected);

private:
    std::vector<char> text_;  // entries_ point into it; a vector keeps its buffer when moved
    std::vector<Entry> entries_;
    std::unordered_map<std::string_view, size_t> by_path_;
};

}  // namespace gongkai::gen

#pragma once
// Finding content files and naming them the way users see them.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

// How `content_dir` is shown in messages: relative to the current directory
// when it lies under it ("content", "tests/fixtures/small"), else as given.
std::string shown_root(const std::filesystem::path& content_dir);

// "root/name", or just "name" when root is ".".
std::string shown_path(const std::string& root, std::string_view name);

// Regular files directly in `dir` whose extension is one of `extensions`
// (".md"), hidden files excluded, sorted by name. Empty when `dir` is absent.
std::vector<std::filesystem::path> sorted_files(const std::filesystem::path& dir,
                                                const std::vector<std::string>& extensions);

}  // namespace gongkai::gen

#include "content/content_paths.hpp"

#include <algorithm>

namespace gongkai::gen {

namespace fs = std::filesystem;

std::string shown_root(const fs::path& content_dir) {
    std::error_code ec;
    fs::path dir = fs::absolute(content_dir, ec).lexically_normal();
    if (!ec && !dir.has_filename()) dir = dir.parent_path();
    const fs::path cwd = fs::current_path(ec);
    if (!ec) {
        const fs::path rel = dir.lexically_relative(cwd);
        if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    }
    std::string given = content_dir.generic_string();
    while (given.size() > 1 && given.back() == '/') given.pop_back();
    return given;
}

std::string shown_path(const std::string& root, std::string_view name) {
    if (root == "." || root.empty()) return std::string(name);
    return root + "/" + std::string(name);
}

std::vector<fs::path> sorted_files(const fs::path& dir, const std::vector<std::string>& extensions) {
    // Sorted by names taken out once, not by fs::path filenames, which are
    // parsed again at every comparison (10,000 notices: 140,000 of them).
    std::vector<std::pair<std::string, fs::path>> named;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        std::string name = path.filename().string();
        if (name.starts_with('.') || !it->is_regular_file(ec)) continue;
        const std::string ext = path.extension().string();
        if (std::find(extensions.begin(), extensions.end(), ext) == extensions.end()) continue;
        named.emplace_back(std::move(name), path);
    }
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<fs::path> files;
    files.reserve(named.size());
    for (auto& [name, path] : named) files.push_back(std::move(path));
    return files;
}

}  // namespace gongkai::gen

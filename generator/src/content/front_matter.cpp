#include "content/front_matter.hpp"

namespace gongkai::gen {

namespace {

bool is_fence(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "---";
}

}  // namespace

std::optional<FrontMatter> split_front_matter(std::string_view text, FrontMatterError& error) {
    size_t eol = text.find('\n');
    if (!is_fence(text.substr(0, eol))) {
        error = {1, "expected front matter: the first line must be '---'"};
        return std::nullopt;
    }
    if (eol == std::string_view::npos) {
        error = {1, "front matter is not closed (expected a second '---' line)"};
        return std::nullopt;
    }
    const size_t yaml_start = eol + 1;
    size_t pos = yaml_start;
    int line = 2;
    while (pos < text.size()) {
        eol = text.find('\n', pos);
        const size_t end = eol == std::string_view::npos ? text.size() : eol;
        if (is_fence(text.substr(pos, end - pos))) {
            FrontMatter fm;
            fm.yaml = text.substr(yaml_start, pos - yaml_start);
            fm.body = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
            fm.yaml_line = 2;
            fm.body_line = line + 1;
            return fm;
        }
        if (eol == std::string_view::npos) break;
        pos = eol + 1;
        ++line;
    }
    error = {1, "front matter is not closed (expected a second '---' line)"};
    return std::nullopt;
}

}  // namespace gongkai::gen

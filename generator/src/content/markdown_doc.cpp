#include "content/markdown_doc.hpp"

#include "content/front_matter.hpp"

namespace gongkai::gen {

std::optional<MarkdownDoc> parse_markdown_doc(std::string_view text, const std::string& shown,
                                              Diagnostics& diags) {
    FrontMatterError error;
    const auto fm = split_front_matter(text, error);
    if (!fm) {
        diags.error(shown, error.line, "", error.message);
        return std::nullopt;
    }
    auto map = parse_yaml_map(fm->yaml, fm->yaml_line, shown, diags);
    if (!map) return std::nullopt;
    MarkdownDoc doc;
    doc.front_matter = std::move(*map);
    doc.yaml_line = fm->yaml_line;
    doc.body = fm->body;
    doc.origin.file = shown;
    doc.origin.line = 1;
    doc.origin.body_line = fm->body_line;
    return doc;
}

}  // namespace gongkai::gen

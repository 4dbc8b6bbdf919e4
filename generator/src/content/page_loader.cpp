#include "content/markdown_doc.hpp"
#include "content/record_loaders.hpp"
#include "gongkai/hash.hpp"

namespace gongkai::gen {

std::optional<Page> load_page(std::string_view text, const std::string& shown, std::string id,
                              Diagnostics& diags) {
    auto doc = parse_markdown_doc(text, shown, diags);
    if (!doc) return std::nullopt;
    Page p;
    p.origin = std::move(doc->origin);
    if (!is_valid_id(id))
        diags.error(shown, 0, "", "file name '" + id +
                                      ".md' is not a valid page id (expected letters, digits, '-' and '_')");
    p.id = std::move(id);
    YamlFields f(doc->front_matter, doc->yaml_line, shown, diags, &p.origin);
    if (auto v = f.text("title", Need::required)) p.title = std::move(*v);
    if (auto v = f.integer("order", Need::optional)) {
        if (*v < -1000 || *v > 1000)
            f.error("order", std::to_string(*v) + " is out of range (expected -1000 to 1000)");
        else
            p.order = static_cast<int>(*v);
    }
    f.reject_unknown();
    p.body = std::string(doc->body);
    p.content_hash = hash64(text);
    return p;
}

}  // namespace gongkai::gen

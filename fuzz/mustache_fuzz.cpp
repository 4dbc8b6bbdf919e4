// libFuzzer target: a theme template (staff edit them). Compiles the input
// and, when it compiles, renders it over values of every kind a page passes
// (text needing escapes, booleans, empty text and lists, nested maps, lists
// of maps, a recursive tree, a shared reference) with partials to include.
//
// FIXME: partials resolve to fixed templates, never back to the input: a
// template that includes itself twice ({{> self}}{{> self}}) renders 2^32
// times before kMaxPartialDepth stops it, which the fuzzer finds at once.
// Rendering needs a budget, not only a depth limit, before this target can
// let the input include itself.
#include "site/mustache.hpp"
#include "site/template_data.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

using gongkai::gen::Data;
using gongkai::gen::Template;
using gongkai::gen::TemplateError;

Data tree(int depth) {
    Data node = Data::map();
    node.set("name", "unit-" + std::to_string(depth));
    Data children = Data::list();
    if (depth > 0) {
        children.push(tree(depth - 1));
        children.push(tree(depth - 1));
    }
    node.set("children", std::move(children));
    return node;
}

const Data& page_data() {
    static const Data shared = [] {
        Data d = Data::map();
        d.set("site", "公开 <demo> & \"quotes\" 'apostrophes'");
        return d;
    }();
    static const Data data = [] {
        Data d = Data::map();
        d.set("title", "<script>alert(1)</script> & 入冬");
        d.set("flag", true);
        d.set("off", false);
        d.set("empty", "");
        d.set("none", Data());
        d.set("count", 42);
        d.set("nothing", Data::list());
        Data items = Data::list();
        for (int i = 0; i < 3; ++i) {
            Data item = Data::map();
            item.set("name", "item-" + std::to_string(i));
            item.set("first", i == 0);
            Data sub = Data::map();
            sub.set("x", std::to_string(i));
            sub.set("y", Data::list().push("a").push("b"));
            item.set("sub", std::move(sub));
            items.push(std::move(item));
        }
        d.set("items", std::move(items));
        d.set("tree", tree(3));
        d.set("shared", Data::ref(shared));
        return d;
    }();
    return data;
}

// Partials a template can include: plain ones, one including another, and a
// recursive one that the data ends (as partials/unit_tree does).
const std::map<std::string, Template, std::less<>>& partials() {
    static const auto compiled = [] {
        const std::map<std::string, std::string> sources = {
            {"p", "<p>{{title}}{{#flag}} on{{/flag}}</p>\n"},
            {"partials/list", "{{#items}}\n<li>{{name}} {{sub.x}}{{> p}}</li>\n{{/items}}\n"},
            {"partials/tree", "{{name}}{{#children}}\n<ul>{{> partials/tree}}</ul>\n{{/children}}"},
            {"content", "{{{title}}}{{^nothing}}none{{/nothing}}"},
        };
        std::map<std::string, Template, std::less<>> out;
        for (const auto& [name, source] : sources) {
            TemplateError error;
            if (auto t = Template::compile(source, error)) out.emplace(name, std::move(*t));
        }
        return out;
    }();
    return compiled;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    TemplateError error;
    auto t = Template::compile(std::string_view(reinterpret_cast<const char*>(data), size), error);
    if (!t) return 0;
    const gongkai::gen::PartialLookup lookup = [](std::string_view name) -> const Template* {
        auto it = partials().find(name);
        return it == partials().end() ? nullptr : &it->second;
    };
    std::string out;
    std::vector<std::string> missing;
    t->render(page_data(), lookup, out, &missing);
    return 0;
}

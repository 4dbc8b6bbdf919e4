#pragma once
// A Mustache subset, compiled once and rendered many times.
//
// Why not mstch (which the theme was first written for): mstch parses the
// template and every partial on each render call. Measured on the build
// machine (-O2, 10,000 renders): a case page took 86 us to render (plus 17 us
// to build the mstch context) and a 50-row list page 270 us, i.e. ~13 s of
// CPU for 100,000 case pages and 10,000 lists before any other work; the
// budget for the whole build is a few seconds on 2 threads. Compiling once
// brings a case page to a few microseconds (see site_mustache_test).
//
// Supported: {{name}} (HTML-escaped), {{{name}}} and {{& name}} (raw),
// dotted names, {{.}}, sections {{#name}}...{{/name}} over lists, maps and
// truthy values, inverted sections {{^name}}, comments {{! }}, partials
// {{> name}}, and standalone-line trimming for section, comment and partial
// tags. Not supported: lambdas and delimiter changes (a compile error).

#include "html/html_escape.hpp"
#include "site/template_data.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

struct TemplateError {
    int line = 0;  // 1-based line in the template source
    std::string message;
};

class Template;
// Finds a partial by name; nullptr when there is none.
using PartialLookup = std::function<const Template*(std::string_view name)>;

class Template {
public:
    struct Node;

    // nullopt with `error` set on an unclosed tag or section, a mismatched
    // {{/name}}, or an unsupported tag.
    static std::optional<Template> compile(std::string_view source, TemplateError& error);

    Template();
    ~Template();
    Template(Template&&) noexcept;
    Template& operator=(Template&&) noexcept;

    // Appends the rendering to `out`. Missing names render as nothing; when
    // `missing` is given, each missing name is appended to it (tests use this
    // to catch typos in templates). Thread-safe: the template is read-only.
    void render(const Data& data, const PartialLookup& partials, std::string& out,
                std::vector<std::string>* missing = nullptr) const;
    // The same with several data layers, searched from the last to the first
    // (e.g. site-wide values, then the page's own). REQUIRES: layers non-empty.
    void render(const std::vector<const Data*>& layers, const PartialLookup& partials, std::string& out,
                std::vector<std::string>* missing = nullptr) const;

private:
    friend struct TemplateAccess;
    std::vector<Node> nodes_;
};

// Appends `text` with & < > " ' replaced by entities.

}  // namespace gongkai::gen

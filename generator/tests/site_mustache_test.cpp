#include "site/mustache.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace gongkai::gen;

namespace {

std::string render(std::string_view source, const Data& data,
                   const std::map<std::string, Template, std::less<>>* partials = nullptr,
                   std::vector<std::string>* missing = nullptr) {
    TemplateError error;
    auto t = Template::compile(source, error);
    REQUIRE_MESSAGE(t, error.message);
    std::string out;
    PartialLookup lookup = [&](std::string_view name) -> const Template* {
        if (!partials) return nullptr;
        auto it = partials->find(name);
        return it == partials->end() ? nullptr : &it->second;
    };
    t->render(data, lookup, out, missing);
    return out;
}

std::string compile_error(std::string_view source) {
    TemplateError error;
    auto t = Template::compile(source, error);
    return t ? std::string("compiled") : std::to_string(error.line) + ": " + error.message;
}

}  // namespace

TEST_CASE("variables are escaped unless triple-stashed") {
    Data d = Data::map();
    d.set("title", "<script>alert(\"x\")</script> & 'q'");
    CHECK(render("<h1>{{title}}</h1>", d) ==
          "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</h1>");
    CHECK(render("{{{title}}}", d) == "<script>alert(\"x\")</script> & 'q'");
    CHECK(render("{{& title}}", d) == "<script>alert(\"x\")</script> & 'q'");
    // A quote in a value cannot end an attribute.
    CHECK(render("<a title=\"{{title}}\">", d).find("\"", 10) == render("<a title=\"{{title}}\">", d).size() - 2);
}

TEST_CASE("sections iterate lists, enter maps and test truthiness") {
    Data d = Data::map();
    d.set("items", Data::list().push(Data::map().set("n", 1)).push(Data::map().set("n", 2)));
    d.set("case", Data::map().set("id", "A-1").set("unit", Data::map().set("name", "红旗社区")));
    d.set("root", "../");
    d.set("yes", true).set("no", false).set("empty", "").set("none", Data::list());
    CHECK(render("{{#items}}[{{n}}{{root}}]{{/items}}", d) == "[1../][2../]");
    CHECK(render("{{#case}}{{id}} {{unit.name}}{{/case}}", d) == "A-1 红旗社区");
    CHECK(render("{{case.unit.name}}", d) == "红旗社区");
    CHECK(render("{{#yes}}y{{/yes}}{{#no}}n{{/no}}{{#empty}}e{{/empty}}{{#none}}l{{/none}}", d) == "y");
    CHECK(render("{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^none}}L{{/none}}{{^yes}}Y{{/yes}}", d) == "NEL");
    Data words = Data::map().set("w", Data::list().push("甲").push("<乙>"));
    CHECK(render("{{#w}}({{.}}){{/w}}", words) == "(甲)(&lt;乙&gt;)");
}

TEST_CASE("standalone section and comment lines leave no blank lines") {
    Data d = Data::map().set("xs", Data::list().push("a").push("b"));
    CHECK(render("<ul>\n  {{#xs}}\n  <li>{{.}}</li>\n  {{/xs}}\n</ul>\n", d) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
    CHECK(render("a\n{{! note }}\nb", d) == "a\nb");
    CHECK(render("a {{#xs}}{{.}}{{/xs}} b\n", d) == "a ab b\n");
}

TEST_CASE("partials see the caller's context") {
    std::map<std::string, Template, std::less<>> partials;
    TemplateError error;
    partials.emplace("row", *Template::compile("<td>{{name}}</td>", error));
    partials.emplace("loop", *Template::compile("{{> loop}}", error));
    Data d = Data::map().set("rows", Data::list().push(Data::map().set("name", "<x>")));
    CHECK(render("{{#rows}}{{> row}}{{/rows}}", d, &partials) == "<td>&lt;x&gt;</td>");
    CHECK(render("{{> loop}}", d, &partials).empty());  // bounded, no stack overflow
}

TEST_CASE("missing names are reported when asked") {
    std::vector<std::string> missing;
    Data d = Data::map().set("a", Data::map());
    CHECK(render("{{a.b}}{{c}}{{#d}}x{{/d}}{{> p}}", d, nullptr, &missing).empty());
    CHECK(missing == std::vector<std::string>{"a.b", "c", "d", ">p"});
}

TEST_CASE("malformed templates are compile errors with a line") {
    CHECK(compile_error("a\n{{#x}}\nb") == "2: section {{#x}} is not closed");
    CHECK(compile_error("{{#x}}{{/y}}") == "1: {{/y}} does not close {{#x}}");
    CHECK(compile_error("\n\n{{oops") == "3: unclosed tag");
    CHECK(compile_error("{{=<% %>=}}") == "1: delimiter changes are not supported");
    CHECK(compile_error("{{}}") == "1: empty tag");
}


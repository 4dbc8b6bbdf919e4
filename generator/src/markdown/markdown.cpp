#include "html/html_escape.hpp"
#include "markdown/markdown.hpp"

#include "markdown/cost_guard.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace gongkai::gen {

namespace {

// Default options are safe in cmark-gfm 0.29: raw HTML becomes a comment and
// javascript:/vbscript:/file:/data: (non-image) URLs become empty. We never
// pass CMARK_OPT_UNSAFE.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
    void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// One parse, owning its parser (per call: the parser is not thread-safe) and
// the document, which must be freed before the parser's extension list.
class Parsed {
public:
    explicit Parsed(std::string_view markdown) {
        static std::once_flag registered;
        std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
        parser_.reset(cmark_parser_new(kOptions));
        for (const char* name : {"table", "strikethrough", "autolink"})
            if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser_.get(), ext);
        cmark_parser_feed(parser_.get(), markdown.data(), markdown.size());
        doc_.reset(cmark_parser_finish(parser_.get()));
    }

    std::string html() const {
        char* raw = cmark_render_html(doc_.get(), kOptions, cmark_parser_get_syntax_extensions(parser_.get()));
        std::string out(raw);
        std::free(raw);
        return out;
    }

    cmark_node* root() const { return doc_.get(); }

private:
    std::unique_ptr<cmark_parser, ParserDeleter> parser_;
    std::unique_ptr<cmark_node, NodeDeleter> doc_;  // declared after parser_: freed first
};


// The fallback for over-long bodies: blank-line separated paragraphs, escaped.
std::string plain_paragraphs_html(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find("\n\n", pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view para = text.substr(pos, end - pos);
        if (para.find_first_not_of(" \t\n") != std::string_view::npos) {
            out += "<p>";
            append_html_escaped(out, para);
            out += "</p>\n";
        }
        pos = end + 2;
    }
    return out;
}

bool is_block_end(std::string_view type) {
    return type == "paragraph" || type == "heading" || type == "code_block" || type == "item" ||
           type == "block_quote" || type == "table_row" || type == "table_header" || type == "thematic_break";
}

void trim_trailing_space(std::string& s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
    if (exceeds_markdown_limits(markdown)) return plain_paragraphs_html(markdown);
    return Parsed(markdown).html();
}

std::string markdown_to_text(std::string_view markdown) {
    if (exceeds_markdown_limits(markdown)) return std::string(markdown);
    Parsed parsed(markdown);
    std::string out;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(parsed.root()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const std::string_view type_name = cmark_node_get_type_string(node);
        if (ev == CMARK_EVENT_ENTER) {
            // Raw HTML is never published, not even as text.
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) {
                if (const char* literal = cmark_node_get_literal(node)) out += literal;
            } else if (type == CMARK_NODE_SOFTBREAK) {
                out += ' ';
            } else if (type == CMARK_NODE_LINEBREAK) {
                out += '\n';
            }
            if (type == CMARK_NODE_CODE_BLOCK) {
                while (!out.empty() && out.back() == '\n') out.pop_back();
                out += '\n';
            }
        } else if (ev == CMARK_EVENT_EXIT) {
            if (type_name == "table_cell") {
                out += ' ';
            } else if (is_block_end(type_name) && !out.empty() && out.back() != '\n') {
                trim_trailing_space(out);
                out += '\n';
            }
        }
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace gongkai::gen

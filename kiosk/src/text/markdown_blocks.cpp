#include "text/markdown_blocks.hpp"

#include "gongkai/utf8.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <string>

namespace gongkai::kiosk {
namespace {

bool is_type(cmark_node* n, const char* name) {
    const char* t = cmark_node_get_type_string(n);
    return t && std::strcmp(t, name) == 0;
}

bool is_cjk(char32_t c) { return c >= 0x2E80; }

void append(std::vector<StyledRun>& runs, std::u32string text, TextStyle style) {
    if (text.empty()) return;
    if (!runs.empty() && runs.back().style == style) runs.back().text += text;
    else runs.push_back(StyledRun{std::move(text), style});
}

void inlines(cmark_node* parent, TextStyle style, std::vector<StyledRun>& runs) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            append(runs, utf8::to_u32(cmark_node_get_literal(n) ? cmark_node_get_literal(n) : ""), style);
            break;
        case CMARK_NODE_SOFTBREAK: {
            // A source line break inside Chinese text is not a space.
            bool cjk = !runs.empty() && !runs.back().text.empty() && is_cjk(runs.back().text.back());
            if (!cjk) append(runs, U" ", style);
            break;
        }
        case CMARK_NODE_LINEBREAK: append(runs, U"\n", style); break;
        case CMARK_NODE_STRONG: {
            TextStyle s = style;
            s.face = FaceId::bold;
            inlines(n, s, runs);
            break;
        }
        case CMARK_NODE_EMPH:
        case CMARK_NODE_LINK: {
            // CJK fonts have no italics; emphasis and links take the accent colour.
            TextStyle s = style;
            s.colour = Colour::accent;
            inlines(n, s, runs);
            break;
        }
        case CMARK_NODE_HTML_INLINE: break;
        default: inlines(n, style, runs); break;
        }
    }
}

std::vector<StyledRun> inline_runs(cmark_node* n, TextStyle style = {}) {
    std::vector<StyledRun> runs;
    inlines(n, style, runs);
    return runs;
}

void blocks(cmark_node* parent, int depth, std::vector<Block>& out);

void list(cmark_node* list_node, int depth, std::vector<Block>& out) {
    bool ordered = cmark_node_get_list_type(list_node) == CMARK_ORDERED_LIST;
    int number = cmark_node_get_list_start(list_node);
    for (cmark_node* item = cmark_node_first_child(list_node); item; item = cmark_node_next(item)) {
        std::string marker = ordered ? std::to_string(number++) + "." : "•";
        bool first = true;
        for (cmark_node* c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
            if (out.size() >= kMaxBlocks) return;
            if (cmark_node_get_type(c) == CMARK_NODE_LIST) {
                list(c, depth + 1, out);
                continue;
            }
            Block b;
            b.kind = BlockKind::list_item;
            b.level = depth;
            b.marker = first ? marker : "";
            b.runs = inline_runs(c);
            out.push_back(std::move(b));
            first = false;
        }
    }
}

void table(cmark_node* t, std::vector<Block>& out) {
    Block b;
    b.kind = BlockKind::table;
    for (cmark_node* row = cmark_node_first_child(t); row; row = cmark_node_next(row)) {
        std::vector<TableCell> cells;
        bool header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
        for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
            TextStyle style;
            if (header) style.face = FaceId::bold;
            cells.push_back(TableCell{inline_runs(cell, style)});
        }
        b.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(b));
}

void blocks(cmark_node* parent, int depth, std::vector<Block>& out) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        if (out.size() >= kMaxBlocks) return;
        if (is_type(n, "table")) {
            table(n, out);
            continue;
        }
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: {
            Block b;
            b.kind = BlockKind::heading;
            b.level = cmark_node_get_heading_level(n);
            b.runs = inline_runs(n, TextStyle{FaceId::bold, Colour::text});
            out.push_back(std::move(b));
            break;
        }
        case CMARK_NODE_PARAGRAPH: {
            Block b;
            b.runs = inline_runs(n);
            out.push_back(std::move(b));
            break;
        }
        case CMARK_NODE_CODE_BLOCK: {
            Block b;
            const char* lit = cmark_node_get_literal(n);
            b.runs.push_back(StyledRun{utf8::to_u32(lit ? lit : ""), TextStyle{}});
            out.push_back(std::move(b));
            break;
        }
        case CMARK_NODE_LIST: list(n, depth, out); break;
        case CMARK_NODE_BLOCK_QUOTE: {
            std::vector<Block> inner;
            blocks(n, depth, inner);
            for (auto& b : inner) {
                if (b.kind == BlockKind::paragraph) b.kind = BlockKind::quote;
                out.push_back(std::move(b));
            }
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK: {
            Block b;
            b.kind = BlockKind::rule;
            out.push_back(std::move(b));
            break;
        }
        default: break;  // raw HTML and anything unknown is not shown
        }
    }
}

}  // namespace

std::vector<Block> markdown_blocks(std::string_view markdown) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* doc = cmark_parser_finish(parser);
    std::vector<Block> out;
    if (doc) {
        blocks(doc, 0, out);
        cmark_node_free(doc);
    }
    cmark_parser_free(parser);
    return out;
}

}  // namespace gongkai::kiosk

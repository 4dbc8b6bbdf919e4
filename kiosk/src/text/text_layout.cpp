#include "text/text_layout.hpp"

#include "text/line_breaks.hpp"

namespace gongkai::kiosk {
namespace {

struct Glyph {
    char32_t c;
    uint16_t style;  // index into the run list
    float advance;
};

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

Line make_line(const std::vector<Glyph>& g, size_t from, size_t to, const std::vector<StyledRun>& runs) {
    Line line;
    while (to > from && is_space(g[to - 1].c)) --to;  // trailing spaces hang
    float x = 0;
    for (size_t i = from; i < to; ++i) {
        if (line.runs.empty() || line.runs.back().style != runs[g[i].style].style) {
            line.runs.push_back(LineRun{{}, runs[g[i].style].style, x, 0});
        }
        line.runs.back().text.push_back(g[i].c);
        line.runs.back().width += g[i].advance;
        x += g[i].advance;
    }
    line.width = x;
    return line;
}

// Wraps one paragraph (no '\n') held in g.
void wrap_paragraph(const std::vector<Glyph>& g, const std::vector<StyledRun>& runs, float max_width,
                    std::vector<Line>& out) {
    if (g.empty()) {
        out.push_back(Line{});
        return;
    }
    std::u32string text;
    text.reserve(g.size());
    for (const auto& x : g) text.push_back(x.c);
    std::vector<size_t> breaks = break_opportunities(text);

    size_t start = 0;
    while (start < g.size()) {
        // Widest prefix that fits, ignoring break rules.
        float w = 0;
        size_t fit = start;
        while (fit < g.size() && (w + g[fit].advance <= max_width || is_space(g[fit].c))) {
            w += g[fit].advance;
            ++fit;
        }
        if (fit == g.size()) {
            out.push_back(make_line(g, start, fit, runs));
            break;
        }
        // Last break opportunity inside the fitting prefix.
        size_t end = start;
        for (size_t b : breaks) {
            if (b > fit) break;
            if (b > start) end = b;
        }
        if (end == start) {
            // No opportunity: split between characters, moving the break back
            // until the next line would not start with closing punctuation.
            end = std::max(fit, start + 1);
            while (end - 1 > start && end < g.size() &&
                   (forbidden_at_line_start(g[end].c) || forbidden_at_line_end(g[end - 1].c)))
                --end;
        }
        out.push_back(make_line(g, start, end, runs));
        start = end;
        while (start < g.size() && is_space(g[start].c)) ++start;
    }
}

}  // namespace

std::u32string Line::text() const {
    std::u32string s;
    for (const auto& r : runs) s += r.text;
    return s;
}

float measure(std::u32string_view text, FaceId face, const Fonts& fonts, int px) {
    const Font& f = fonts.get(face);
    float w = 0;
    for (char32_t c : text) w += f.advance(c, px);
    return w;
}

std::vector<Line> wrap(const std::vector<StyledRun>& runs, const Fonts& fonts, int px, float max_width) {
    std::vector<Line> out;
    std::vector<Glyph> para;
    for (size_t r = 0; r < runs.size(); ++r) {
        const Font& f = fonts.get(runs[r].style.face);
        for (char32_t c : runs[r].text) {
            if (c == U'\n') {
                wrap_paragraph(para, runs, max_width, out);
                para.clear();
                continue;
            }
            if (c == U'\r') continue;
            para.push_back(Glyph{c, uint16_t(r), f.advance(c, px)});
        }
    }
    if (!para.empty() || out.empty()) wrap_paragraph(para, runs, max_width, out);
    return out;
}

std::vector<Line> wrap(std::u32string_view text, TextStyle style, const Fonts& fonts, int px, float max_width) {
    return wrap(std::vector<StyledRun>{StyledRun{std::u32string(text), style}}, fonts, px, max_width);
}

std::u32string elide(std::u32string_view text, FaceId face, const Fonts& fonts, int px, float max_width) {
    if (measure(text, face, fonts, px) <= max_width) return std::u32string(text);
    const Font& f = fonts.get(face);
    float ell = f.advance(U'…', px);
    std::u32string out;
    float w = 0;
    for (char32_t c : text) {
        float a = f.advance(c, px);
        if (w + a + ell > max_width) break;
        out.push_back(c);
        w += a;
    }
    out.push_back(U'…');
    return out;
}

}  // namespace gongkai::kiosk

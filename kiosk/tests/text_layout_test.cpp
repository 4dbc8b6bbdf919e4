#include "text/font.hpp"
#include "text/line_breaks.hpp"
#include "text/markdown_blocks.hpp"
#include "text/text_layout.hpp"
#include "gongkai/utf8.hpp"

#include <doctest/doctest.h>

using namespace gongkai::kiosk;

namespace {
const Fonts& fonts() {
    static std::string err;
    static auto f = Fonts::load_default(err);
    REQUIRE_MESSAGE(f.has_value(), err);
    return *f;
}
}  // namespace

TEST_CASE("fontconfig picks the Simplified Chinese face of Noto Sans CJK") {
    auto file = locate_font("Noto Sans CJK SC:style=Regular");
    REQUIRE(file.has_value());
    CHECK(file->path.find("NotoSansCJK") != std::string::npos);
    CHECK(file->index == 2);  // face 0 is Japanese
    CHECK(fonts().regular->family_name() == "Noto Sans CJK SC");
    CHECK(fonts().bold->family_name() == "Noto Sans CJK SC");
}

TEST_CASE("every UI character has a glyph (no tofu)") {
    for (char32_t c : gongkai::utf8::to_u32("矛盾纠纷化解通知公告民生实事社区村居数据更新于信息更新中，。、（）《》“”…—·%0123456789ABC"))
        CHECK(fonts().regular->glyph_index(c) != 0);
}

TEST_CASE("CJK glyphs are one em wide") {
    CHECK(measure(U"公开", FaceId::regular, fonts(), 40) == doctest::Approx(80));
}

TEST_CASE("kinsoku: no line starts with closing punctuation") {
    // Width for exactly 5 ideographs: the comma after the fifth must not lead line 2.
    std::u32string text = U"一二三四五，六七八九十。甲乙丙丁戊》己庚";
    for (float width : {100.f, 120.f, 160.f, 200.f, 240.f}) {
        auto lines = wrap(text, TextStyle{}, fonts(), 20, width);
        for (size_t i = 1; i < lines.size(); ++i) {
            auto t = lines[i].text();
            REQUIRE_FALSE(t.empty());
            CHECK_FALSE(forbidden_at_line_start(t.front()));
        }
        for (const auto& l : lines) CHECK(l.width <= width + 20);  // at most one hanging mark
    }
}

TEST_CASE("kinsoku: opening brackets do not end a line") {
    auto lines = wrap(U"一二三四（五六）七八", TextStyle{}, fonts(), 20, 100);
    for (const auto& l : lines) CHECK_FALSE(forbidden_at_line_end(l.text().back()));
}

TEST_CASE("wrapping keeps every character and respects the width") {
    std::u32string text = U"居民王某（化名）来访反映楼上漏水，网格员当天上门核实。Latin words stay whole here.";
    auto lines = wrap(text, TextStyle{}, fonts(), 30, 400);
    CHECK(lines.size() > 1);
    std::u32string joined;
    for (const auto& l : lines) {
        CHECK(l.width <= 400.5f);
        joined += l.text();
    }
    std::u32string no_spaces;
    for (char32_t c : text)
        if (c != U' ') no_spaces.push_back(c);
    std::u32string joined_ns;
    for (char32_t c : joined)
        if (c != U' ') joined_ns.push_back(c);
    CHECK(joined_ns == no_spaces);
    // An English word is never split when it fits on a line.
    for (const auto& l : lines) {
        bool has_tail = l.text().find(U"ords") != std::u32string::npos;
        bool has_word = l.text().find(U"words") != std::u32string::npos;
        CHECK(has_tail == has_word);
    }
}

TEST_CASE("newlines force breaks; styles survive wrapping") {
    std::vector<StyledRun> runs{{U"普通", {}}, {U"加粗\n下一行", TextStyle{FaceId::bold, Colour::text}}};
    auto lines = wrap(runs, fonts(), 20, 1000);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].runs.size() == 2);
    CHECK(lines[0].runs[1].style.face == FaceId::bold);
    CHECK(lines[1].text() == U"下一行");
}

TEST_CASE("elide shortens with an ellipsis") {
    auto e = elide(U"矛盾纠纷化解情况公开", FaceId::regular, fonts(), 20, 100);
    CHECK(e.back() == U'…');
    CHECK(measure(e, FaceId::regular, fonts(), 20) <= 100);
}

TEST_CASE("markdown becomes headings, lists, emphasis and tables; raw HTML is dropped") {
    auto blocks = markdown_blocks("## 标题\n\n正文**加粗**和*强调*。<b>x</b>\n\n1. 第一\n2. 第二\n\n- 甲\n\n| 项目 | 金额 |\n|---|---|\n| 材料 | 1,200 |\n");
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[0].kind == BlockKind::heading);
    CHECK(blocks[0].level == 2);
    CHECK(blocks[1].kind == BlockKind::paragraph);
    bool bold = false, accent = false;
    std::u32string all;
    for (const auto& r : blocks[1].runs) {
        bold |= r.style.face == FaceId::bold;
        accent |= r.style.colour == Colour::accent;
        all += r.text;
    }
    CHECK(bold);
    CHECK(accent);
    CHECK(all.find(U"<b>") == std::u32string::npos);
    CHECK(blocks[2].marker == "1.");
    CHECK(blocks[3].marker == "2.");
    CHECK(blocks[4].marker == "•");
    CHECK(blocks[5].kind == BlockKind::table);
    REQUIRE(blocks[5].rows.size() == 2);
    CHECK(blocks[5].rows[0][0].runs[0].style.face == FaceId::bold);
    CHECK(blocks[5].rows[1][1].runs[0].text == U"1,200");
}

#pragma once
// Wrapping styled text into lines of a given width, measured with FreeType.

#include "text/font.hpp"
#include "screens/theme.hpp"

#include <string>
#include <vector>

namespace gongkai::kiosk {

struct TextStyle {
    FaceId face = FaceId::regular;
    Colour colour = Colour::text;
    bool operator==(const TextStyle&) const = default;
};

struct StyledRun {
    std::u32string text;
    TextStyle style;
};

// One piece of a laid-out line in one style; x is relative to the line start.
struct LineRun {
    std::u32string text;
    TextStyle style;
    float x = 0;
    float width = 0;
};

struct Line {
    std::vector<LineRun> runs;
    float width = 0;
    std::u32string text() const;  // all runs, for tests
};

// Greedy wrapping at break_opportunities(); a word wider than `max_width`
// is split between characters, still obeying kinsoku. '\n' forces a break.
// Trailing spaces do not count toward a line's width.
std::vector<Line> wrap(const std::vector<StyledRun>& runs, const Fonts& fonts, int px, float max_width);
std::vector<Line> wrap(std::u32string_view text, TextStyle style, const Fonts& fonts, int px, float max_width);

float measure(std::u32string_view text, FaceId face, const Fonts& fonts, int px);

// Shortens a single line to `max_width` with a trailing "…" when needed.
std::u32string elide(std::u32string_view text, FaceId face, const Fonts& fonts, int px, float max_width);

}  // namespace gongkai::kiosk

// The SFML painter under Xvfb (run by kiosk/CMakeLists.txt through
// xvfb-run): a scrolled body lands where the scroll puts it, never over the
// bars, and the shortcuts the painter takes for software GL (background by
// clearing, opaque fills unblended, only visible quads drawn, whole-pixel
// scrolling) leave the picture as the scene describes it.
#include "app/painter.hpp"
#include "gongkai/utf8.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using namespace gongkai::kiosk;

namespace {

constexpr unsigned kW = 540, kH = 960;
constexpr float kBar = 100, kFooter = 100, kBand = 50;
constexpr float kBody = 5000;  // many viewports tall, so most quads are culled

const Fonts& fonts() {
    static std::string err;
    static auto f = Fonts::load_default(err);
    REQUIRE_MESSAGE(f.has_value(), err);
    return *f;
}

sf::Color expected(Colour c) {
    Rgba r = colour(c, Contrast::normal);
    return sf::Color(r.r, r.g, r.b, r.a);
}

// Body bands alternate surface / accent, so a pixel's colour tells which band
// (and so which body row) is showing there.
Colour band_colour(float body_y) { return int(body_y / kBand) % 2 ? Colour::accent : Colour::surface; }

// In place, as Composer does: GCC 12 warns falsely when a temporary DrawOp
// holding a FillOp is moved into the vector.
void fill(Layer& layer, Rect r, Colour c) { layer.ops.emplace_back(std::in_place_type<FillOp>, FillOp{r, c, false}); }

Scene striped_scene() {
    Scene s;
    fill(s.fixed, Rect{0, 0, kW, kH}, Colour::background);
    fill(s.fixed, Rect{0, 0, kW, kBar}, Colour::good);
    s.viewport = Rect{0, kBar, kW, kH - kBar - kFooter};
    for (float y = 0; y < kBody; y += kBand) fill(s.body, Rect{0, y, kW - 100, kBand}, band_colour(y));
    s.body_height = kBody;
    return s;
}

sf::Image paint(Painter& p, const Scene& scene, float scroll) {
    static sf::RenderTexture target;
    if (target.getSize().x == 0) REQUIRE(target.create(kW, kH));
    p.prepare(scene, Contrast::normal);
    p.paint(target, scroll);
    target.display();
    return target.getTexture().copyToImage();
}

}  // namespace

TEST_CASE("the scrolled body shows the rows the scroll selects, clipped to the viewport") {
    Painter p(fonts());
    Scene scene = striped_scene();
    for (float scroll : {0.0f, 1234.0f, 2999.0f, kBody - (kH - kBar - kFooter)}) {
        CAPTURE(scroll);
        sf::Image img = paint(p, scene, scroll);
        for (unsigned y = unsigned(kBar); y < kH - unsigned(kFooter); y += 7) {
            CAPTURE(y);
            REQUIRE(img.getPixel(10, y) == expected(band_colour(float(y) - kBar + scroll)));
        }
        CHECK(img.getPixel(10, 10) == expected(Colour::good));                  // bar untouched
        CHECK(img.getPixel(10, kH - 10) == expected(Colour::background));      // footer untouched
        CHECK(img.getPixel(kW - 10, kH / 2) == expected(Colour::background));  // cleared, not black
    }
}

TEST_CASE("a half-pixel scroll paints the same picture as the next whole pixel") {
    Painter p(fonts());
    Scene scene = striped_scene();
    TextOp t;
    t.x = 20;
    t.baseline = 1300;
    t.px = 34;
    t.text = gongkai::utf8::to_u32("矛盾纠纷化解");
    t.bounds = Rect{20, 1260, 300, 51};
    scene.body.ops.push_back(t);
    sf::Image whole = paint(p, scene, 1201);
    sf::Image fraction = paint(p, scene, 1200.5f);
    bool same = true;
    for (unsigned y = 0; y < kH && same; ++y)
        for (unsigned x = 0; x < kW && same; ++x) same = whole.getPixel(x, y) == fraction.getPixel(x, y);
    CHECK(same);
    // The text is there: some pixels of its line box carry the text colour.
    int ink = 0;
    for (unsigned y = unsigned(kBar + 59); y < unsigned(kBar + 110); ++y)
        for (unsigned x = 20; x < 320; ++x) ink += whole.getPixel(x, y) == expected(Colour::text);
    CHECK(ink > 100);
}

TEST_CASE("translucent fills still blend over what is below") {
    Painter p(fonts());
    Scene scene = striped_scene();
    fill(scene.overlay, Rect{0, 0, kW, kH}, Colour::overlay);
    sf::Image img = paint(p, scene, 0);
    sf::Color bar = expected(Colour::good), veil = expected(Colour::overlay), got = img.getPixel(10, 10);
    CHECK(got != bar);
    CHECK(got != sf::Color(veil.r, veil.g, veil.b));
    float a = float(veil.a) / 255;
    CHECK(std::abs(float(got.g) - (float(veil.g) * a + float(bar.g) * (1 - a))) <= 2.0f);
}

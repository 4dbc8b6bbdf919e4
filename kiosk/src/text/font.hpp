#pragma once
// Fonts through FreeType directly, for two reasons: SFML 2.5 cannot choose a
// face inside a .ttc (NotoSansCJK-Regular.ttc face 0 is Japanese; the
// Simplified Chinese face is index 2), and layout must measure text in tests
// that have no display. The SFML painter rasterises glyphs from the same Font.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::kiosk {

struct FontFile {
    std::string path;
    int index = 0;  // face index inside a collection
};

// Asks fontconfig for the best match of `pattern` ("Noto Sans CJK SC",
// "Noto Sans CJK SC:bold"); nullopt when fontconfig finds nothing.
std::optional<FontFile> locate_font(std::string_view pattern);

struct GlyphBitmap {
    int width = 0, rows = 0;
    int left = 0, top = 0;       // bearing from the pen position / baseline
    std::vector<uint8_t> alpha;  // width * rows coverage
};

// One FreeType face. Not thread-safe; the kiosk uses it from one thread.
class Font {
public:
    // nullptr with `error` set when the file or face cannot be opened.
    static std::unique_ptr<Font> load(const FontFile& file, std::string& error);
    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    std::string family_name() const;  // "Noto Sans CJK SC"
    // 0 when the face has no glyph for `cp` (it would draw as tofu).
    uint32_t glyph_index(char32_t cp) const;
    // Horizontal advance in pixels at `px` pixels per em (cached).
    float advance(char32_t cp, int px) const;
    float ascender(int px) const;
    float descender(int px) const;  // negative
    GlyphBitmap render(uint32_t glyph, int px) const;

private:
    Font();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

enum class FaceId : uint8_t { regular, bold };

// The two faces the kiosk uses, loaded once.
struct Fonts {
    std::unique_ptr<Font> regular, bold;
    const Font& get(FaceId f) const { return f == FaceId::bold ? *bold : *regular; }
    // Loads Noto Sans CJK SC regular and bold through fontconfig. Bold falls
    // back to regular when missing.
    static std::optional<Fonts> load_default(std::string& error);
};

}  // namespace gongkai::kiosk

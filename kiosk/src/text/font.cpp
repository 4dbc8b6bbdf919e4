#include "text/font.hpp"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <unordered_map>

namespace gongkai::kiosk {

std::optional<FontFile> locate_font(std::string_view pattern) {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return std::nullopt;
    std::string pat(pattern);
    FcPattern* p = FcNameParse(reinterpret_cast<const FcChar8*>(pat.c_str()));
    std::optional<FontFile> found;
    if (p) {
        FcConfigSubstitute(config, p, FcMatchPattern);
        FcDefaultSubstitute(p);
        FcResult result = FcResultNoMatch;
        FcPattern* match = FcFontMatch(config, p, &result);
        if (match) {
            FcChar8* file = nullptr;
            int index = 0;
            if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
                FcPatternGetInteger(match, FC_INDEX, 0, &index);
                found = FontFile{reinterpret_cast<const char*>(file), index};
            }
            FcPatternDestroy(match);
        }
        FcPatternDestroy(p);
    }
    FcConfigDestroy(config);
    return found;
}

struct Font::Impl {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    int current_px = 0;
    // (px << 21 | codepoint) -> advance
    mutable std::unordered_map<uint64_t, float> advances;

    void set_size(int px) {
        if (px != current_px) {
            FT_Set_Pixel_Sizes(face, 0, FT_UInt(px));
            current_px = px;
        }
    }
    ~Impl() {
        if (face) FT_Done_Face(face);
        if (lib) FT_Done_FreeType(lib);
    }
};

Font::Font() : impl_(std::make_unique<Impl>()) {}
Font::~Font() = default;

std::unique_ptr<Font> Font::load(const FontFile& file, std::string& error) {
    std::unique_ptr<Font> f(new Font());
    if (FT_Init_FreeType(&f->impl_->lib) != 0) {
        error = "FreeType initialisation failed";
        return nullptr;
    }
    if (FT_New_Face(f->impl_->lib, file.path.c_str(), file.index, &f->impl_->face) != 0) {
        error = "cannot open font " + file.path + " face " + std::to_string(file.index);
        return nullptr;
    }
    return f;
}

std::string Font::family_name() const {
    return impl_->face->family_name ? impl_->face->family_name : "";
}

uint32_t Font::glyph_index(char32_t cp) const { return FT_Get_Char_Index(impl_->face, FT_ULong(cp)); }

float Font::advance(char32_t cp, int px) const {
    uint64_t key = (uint64_t(px) << 21) | uint64_t(cp);
    auto it = impl_->advances.find(key);
    if (it != impl_->advances.end()) return it->second;
    impl_->set_size(px);
    float adv = 0;
    if (FT_Load_Char(impl_->face, FT_ULong(cp), FT_LOAD_DEFAULT) == 0)
        adv = float(impl_->face->glyph->advance.x) / 64.0f;
    impl_->advances.emplace(key, adv);
    return adv;
}

float Font::ascender(int px) const {
    return float(impl_->face->ascender) * float(px) / float(impl_->face->units_per_EM);
}

float Font::descender(int px) const {
    return float(impl_->face->descender) * float(px) / float(impl_->face->units_per_EM);
}

GlyphBitmap Font::render(uint32_t glyph, int px) const {
    impl_->set_size(px);
    GlyphBitmap out;
    if (FT_Load_Glyph(impl_->face, glyph, FT_LOAD_RENDER) != 0) return out;
    const FT_GlyphSlot g = impl_->face->glyph;
    out.width = int(g->bitmap.width);
    out.rows = int(g->bitmap.rows);
    out.left = g->bitmap_left;
    out.top = g->bitmap_top;
    out.alpha.resize(size_t(out.width) * size_t(out.rows));
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.width; ++x)
            out.alpha[size_t(y) * size_t(out.width) + size_t(x)] = g->bitmap.buffer[y * g->bitmap.pitch + x];
    return out;
}

std::optional<Fonts> Fonts::load_default(std::string& error) {
    Fonts fonts;
    auto regular = locate_font("Noto Sans CJK SC:style=Regular");
    if (!regular) {
        error = "fontconfig found no 'Noto Sans CJK SC' (install fonts-noto-cjk)";
        return std::nullopt;
    }
    fonts.regular = Font::load(*regular, error);
    if (!fonts.regular) return std::nullopt;
    std::string bold_error;
    if (auto bold = locate_font("Noto Sans CJK SC:style=Bold")) fonts.bold = Font::load(*bold, bold_error);
    if (!fonts.bold) fonts.bold = Font::load(*regular, error);
    if (!fonts.bold) return std::nullopt;
    return fonts;
}

}  // namespace gongkai::kiosk

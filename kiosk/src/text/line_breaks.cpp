#include "text/line_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

namespace gongkai::kiosk {
namespace {

constexpr std::u32string_view kNoStart =
    U"，。、；：？！）》」』】〕〉〗”’·…—～％,.;:?!)]}%゛゜ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
constexpr std::u32string_view kNoEnd = U"（《「『【〔〈〖“‘([{";

// Creating a line iterator loads ICU data; do it once per thread.
icu::BreakIterator* line_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(
            icu::BreakIterator::createLineInstance(icu::Locale::getSimplifiedChinese(), status));
        if (U_FAILURE(status)) b.reset();
        return b;
    }();
    return it.get();
}

}  // namespace

bool forbidden_at_line_start(char32_t c) { return kNoStart.find(c) != std::u32string_view::npos; }
bool forbidden_at_line_end(char32_t c) { return kNoEnd.find(c) != std::u32string_view::npos; }

std::vector<size_t> break_opportunities(std::u32string_view text) {
    std::vector<size_t> out;
    if (text.empty()) return out;
    icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                         int32_t(text.size()));
    icu::BreakIterator* it = line_iterator();
    if (!it) {
        // Without ICU data every character boundary is a candidate; kinsoku
        // below still applies.
        for (size_t i = 1; i <= text.size(); ++i) out.push_back(i);
    } else {
        it->setText(u);
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
            out.push_back(size_t(u.countChar32(0, b)));
    }
    // ICU already keeps most closing punctuation attached; these checks make
    // the rule hold for the whole list above whatever the ICU version.
    std::vector<size_t> filtered;
    filtered.reserve(out.size());
    for (size_t b : out) {
        if (b < text.size() && b > 0 &&
            (forbidden_at_line_start(text[b]) || forbidden_at_line_end(text[b - 1])))
            continue;
        filtered.push_back(b);
    }
    return filtered;
}

}  // namespace gongkai::kiosk

#include "search/search_normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <stdexcept>

namespace gongkai::gen {

namespace {

const icu::Normalizer2& normalizer(CaseFold fold) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = fold == CaseFold::yes ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                                      : icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || !n) throw std::runtime_error("ICU NFKC normaliser unavailable");
    return *n;
}

}  // namespace

void normalize_with_icu(std::string_view text, CaseFold fold, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    const size_t before = out.size();
    icu::StringByteSink<std::string> sink(&out);
    normalizer(fold).normalizeUTF8(0, icu::StringPiece(text.data(), int32_t(text.size())), sink, nullptr, status);
    if (U_FAILURE(status)) {
        out.resize(before);
        out.append(text);
    }
}

}  // namespace gongkai::gen

#include "gongkai/utf8.hpp"

namespace gongkai::utf8 {

std::u32string to_u32(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) out.push_back(next(text, i));
    return out;
}

}  // namespace gongkai::utf8

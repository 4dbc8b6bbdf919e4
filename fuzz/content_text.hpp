#pragma once
// Fuzz input as the loaders receive a content file: read_text_file drops a
// byte-order mark, turns CRLF and CR into LF, and refuses invalid UTF-8
// before any loader sees the text, so a loader's contract ("normalised
// text") holds for the fuzzer too.
#include "content/text_file.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace gongkai::fuzz {

inline std::optional<std::string> content_text(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    gen::normalise_text(text);
    if (gen::first_invalid_utf8_line(text) != 0) return std::nullopt;
    return text;
}

}  // namespace gongkai::fuzz

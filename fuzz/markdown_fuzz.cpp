// libFuzzer target: Markdown bodies. Besides crashes, checks the safety
// promise: no script element ever comes out.
#include "markdown/markdown.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view md(reinterpret_cast<const char*>(data), size);
    std::string html = gongkai::gen::markdown_to_html(md);
    if (html.find("<script") != std::string::npos) std::abort();
    gongkai::gen::markdown_to_text(md);
    return 0;
}

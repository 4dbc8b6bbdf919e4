// libFuzzer target: a case file (front matter + YAML fields + body).
#include "content/case_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    gongkai::Diagnostics diags;
    gongkai::gen::load_case_markdown(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.md", diags);
    return 0;
}

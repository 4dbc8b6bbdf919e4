// libFuzzer target: a project file (front matter with funding, milestones
// and quantities + Markdown body).
#include "content/record_loaders.hpp"
#include "content_text.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto text = gongkai::fuzz::content_text(data, size);
    if (!text) return 0;
    gongkai::Diagnostics diags;
    gongkai::gen::load_project(*text, "projects/fuzz.md", diags);
    return 0;
}

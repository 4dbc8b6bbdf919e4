// libFuzzer target: site.yaml.
#include "content/site_config_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    gongkai::Diagnostics diags;
    gongkai::gen::load_site_config(std::string_view(reinterpret_cast<const char*>(data), size), "site.yaml", diags);
    return 0;
}

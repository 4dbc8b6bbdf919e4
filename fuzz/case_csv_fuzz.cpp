// libFuzzer target: a case register (RFC 4180 CSV with our columns).
#include "content/case_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    gongkai::Diagnostics diags;
    std::vector<gongkai::Case> cases;
    gongkai::gen::load_case_csv(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.csv", cases, diags);
    return 0;
}

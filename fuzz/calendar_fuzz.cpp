// libFuzzer target: calendar/<year>.yaml (holidays, make-up working days,
// date ranges).
#include "content/calendar_loader.hpp"
#include "content_text.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto text = gongkai::fuzz::content_text(data, size);
    if (!text) return 0;
    gongkai::Diagnostics diags;
    gongkai::CalendarData calendar;
    gongkai::gen::load_calendar(*text, "calendar/2026.yaml", calendar, diags);
    return 0;
}

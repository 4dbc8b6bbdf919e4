#pragma once
// Large outputs (open data of 100,000 cases is 150-200 MB per file) are
// planned with PlannedFile::stream, so no file is ever held whole.

#include "page_graph/output_plan.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace gongkai::gen {

using WriteFn = std::function<void(std::string_view)>;
using StreamFn = std::function<void(const WriteFn& write)>;

// A file produced by `stream`. `render` is set as well (it collects the
// pieces) for callers that want the bytes at once, such as tests.
PlannedFile streamed_file(std::string path, uint64_t fingerprint, StreamFn stream);

// Text appended record by record and handed to `write` in pieces of about
// 64 KB. Not thread-safe. Call finish() at the end.
class Pieces {
public:
    explicit Pieces(const WriteFn& write);
    std::string& text() { return text_; }
    // Passes the text on once enough has collected; call between records.
    void maybe_flush();
    void finish();

private:
    const WriteFn& write_;
    std::string text_;
};

}  // namespace gongkai::gen

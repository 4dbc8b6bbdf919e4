#include "outputs/streamed_file.hpp"

namespace gongkai::gen {

namespace {

constexpr size_t kPieceBytes = 64 * 1024;

}  // namespace

PlannedFile streamed_file(std::string path, uint64_t fingerprint, StreamFn stream) {
    PlannedFile f{std::move(path), fingerprint, nullptr, nullptr};
    f.render = [stream] {
        std::string all;
        stream([&](std::string_view piece) { all += piece; });
        return all;
    };
    f.stream = std::move(stream);
    return f;
}

Pieces::Pieces(const WriteFn& write) : write_(write) { text_.reserve(kPieceBytes * 2); }

void Pieces::maybe_flush() {
    if (text_.size() < kPieceBytes) return;
    write_(text_);
    text_.clear();
}

void Pieces::finish() {
    if (!text_.empty()) write_(text_);
    text_.clear();
}

}  // namespace gongkai::gen

#pragma once
// Every path a build uses beside its output, named in one place and derived
// once from --out, so `public`, `public/` and `./public/` are one output with
// one set of siblings. docs/incremental.md says what each holds and what
// happens when it is deleted or damaged.

#include "gongkai/status.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace gongkai::gen {

struct OutputPaths {
    std::filesystem::path live;           // the published site: public
    std::filesystem::path previous;       // the other generation: .public.previous
    std::filesystem::path cache;          // parsed content and the privacy memo: .public.cache
    std::filesystem::path kiosk_scratch;  // the kiosk snapshot being written: .public.kiosk
    std::filesystem::path lock;           // held while a build writes: .public.lock
    std::string shown;                    // for messages, as the user wrote it: "public/"

    // Derives the paths for `out`. Fails when `out` names no folder (".",
    // "/") or when it is the content folder, inside it, or holds it: a build
    // replaces its output whole, and must neither read what it writes nor
    // wipe the content it reads.
    static std::optional<OutputPaths> resolve(const std::filesystem::path& out, const std::filesystem::path& content,
                                              Status& status);
};

}  // namespace gongkai::gen

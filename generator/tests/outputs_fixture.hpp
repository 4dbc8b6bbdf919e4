#pragma once
// A render context over a site built in code (tests/test_site), for the
// outputs_* and search tests.

#include "page_graph/output_plan.hpp"
#include "page_graph/site_index.hpp"
#include "test_site.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace gongkai::gen::testing {

// Owns a site and everything a RenderContext points at.
struct Fixture {
    Site site;
    std::vector<CaseTiming> timings;
    Statistics stats;
    SiteIndex index;
    std::unique_ptr<RenderContext> ctx;
    OutputPlan plan;

    explicit Fixture(Site s, DateTime now = test_site::at("2025-07-10 12:00"), uint64_t global = 7)
        : site(std::move(s)) {
        test_site::Derived derived = test_site::derive(site, now.date);
        timings = std::move(derived.timings);
        stats = std::move(derived.stats);
        index = SiteIndex::build(site, now);
        ctx = std::make_unique<RenderContext>(RenderContext{site, timings, stats, index, nullptr, now, global});
    }

    const PlannedFile* find(std::string_view path) const {
        for (const PlannedFile& f : plan)
            if (f.path == path) return &f;
        return nullptr;
    }
    std::string render(std::string_view path) const {
        const PlannedFile* f = find(path);
        REQUIRE_MESSAGE(f != nullptr, "not planned: " << path);
        return f->render();
    }
};

// Writes `text` to a fresh temporary file and returns its path.
inline std::filesystem::path write_temp(const std::string& name, const std::string& text) {
    auto dir = std::filesystem::temp_directory_path() / "gongkai-outputs-test";
    std::filesystem::create_directories(dir);
    auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// True when xmllint accepts `xml` as well-formed.
inline bool xml_well_formed(const std::string& name, const std::string& xml) {
    auto path = write_temp(name, xml);
    return std::system(("xmllint --noout '" + path.string() + "' 2>&1").c_str()) == 0;
}

}  // namespace gongkai::gen::testing

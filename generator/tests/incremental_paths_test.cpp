#include "incremental/build_lock.hpp"
#include "incremental/output_paths.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

using namespace gongkai;
using namespace gongkai::gen;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir() {
    fs::path dir = fs::temp_directory_path() / ("gongkai-paths-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "content");
    return dir;
}

std::optional<OutputPaths> resolve(const fs::path& out, const fs::path& content, std::string* message = nullptr) {
    Status status;
    std::optional<OutputPaths> paths = OutputPaths::resolve(out, content, status);
    if (message) *message = status.message();
    CHECK(paths.has_value() == status.is_ok());
    return paths;
}

}  // namespace

TEST_CASE("every spelling of one output folder gives the same siblings") {
    for (const char* spelling : {"public", "public/", "./public/", "public/.", "./public//"}) {
        CAPTURE(spelling);
        auto paths = resolve(spelling, "content");
        REQUIRE(paths);
        CHECK(paths->live == "public");
        CHECK(paths->previous == "./.public.previous");
        CHECK(paths->cache == "./.public.cache");
        CHECK(paths->kiosk_scratch == "./.public.kiosk");
        CHECK(paths->lock == "./.public.lock");
        CHECK(paths->shown == "public/");
    }
    auto nested = resolve("/srv/www/site/", "content");
    REQUIRE(nested);
    CHECK(nested->live == "/srv/www/site");
    CHECK(nested->previous == "/srv/www/.site.previous");
    CHECK(nested->lock == "/srv/www/.site.lock");
}

TEST_CASE("an output that is no folder of its own, or overlaps the content, is refused") {
    fs::path root = fresh_dir();
    std::string message;
    CHECK_FALSE(resolve(".", root / "content", &message));
    CHECK(message.find("names no folder") != std::string::npos);
    CHECK_FALSE(resolve("/", root / "content", &message));

    CHECK_FALSE(resolve(root / "content", root / "content", &message));
    CHECK(message.find("is the content folder") != std::string::npos);
    CHECK_FALSE(resolve(root / "content/", root / "./content", &message));
    CHECK_FALSE(resolve(root / "content/public", root / "content", &message));
    CHECK(message.find("inside the content folder") != std::string::npos);
    CHECK_FALSE(resolve(root, root / "content", &message));
    CHECK(message.find("holds the content folder") != std::string::npos);

    // A sibling whose name merely starts like the content folder's is fine.
    CHECK(resolve(root / "content-public", root / "content"));
    fs::remove_all(root);
}

TEST_CASE("one build lock per output: a second holder fails naming the first, and gets it once released") {
    fs::path root = fresh_dir();
    auto paths = resolve(root / "public", root / "content");
    REQUIRE(paths);
    {
        BuildLock first(*paths, LockWait::briefly);
        REQUIRE(first.held());
        BuildLock second(*paths, LockWait::briefly);  // its own open file description: flock excludes it
        CHECK_FALSE(second.held());
        CHECK(second.status().message() == "another build of " + paths->shown + " is running (pid " +
                                               std::to_string(::getpid()) +
                                               "); wait for it to finish and run this again");
        // Another output is not locked by this one.
        auto other = resolve(root / "other", root / "content");
        REQUIRE(other);
        BuildLock unrelated(*other, LockWait::briefly);
        CHECK(unrelated.held());
    }
    BuildLock again(*paths, LockWait::briefly);
    CHECK(again.held());
    fs::remove_all(root);
}

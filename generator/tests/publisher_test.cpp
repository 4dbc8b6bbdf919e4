#include "publish/publisher.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

namespace fs = std::filesystem;
using namespace gongkai::gen;

namespace {

fs::path fresh_dir() {
    static std::mt19937_64 rng(std::random_device{}());
    fs::path p = fs::temp_directory_path() / ("gongkai-publisher-" + std::to_string(rng()));
    fs::create_directories(p);
    return p;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ino_t inode(const fs::path& p) {
    struct stat st {};
    stat(p.c_str(), &st);
    return st.st_ino;
}

OutputPlan plan_of(std::vector<std::tuple<std::string, uint64_t, std::string>> files, int* renders) {
    OutputPlan plan;
    for (auto& [path, fp, text] : files)
        plan.push_back({path, fp, [text = text, renders] {
                            ++*renders;
                            return text;
                        }});
    return plan;
}

OutputPaths paths_of(const fs::path& out) {
    gongkai::Status status;
    std::optional<OutputPaths> paths = OutputPaths::resolve(out, out.parent_path() / "no-content", status);
    REQUIRE(paths);
    return *paths;
}

// The message of the first failure, "" when every step succeeded.
std::string publish(const fs::path& out, const OutputPlan& plan, PublishStats* stats = nullptr) {
    Publisher p(paths_of(out));
    gongkai::Status status = p.begin();
    if (status) status = p.apply(plan, 2);
    if (status) status = p.commit();
    if (stats) *stats = p.stats();
    return status.message();
}

}  // namespace

TEST_CASE("first publish creates the tree; later ones reuse unchanged files by fingerprint") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int renders = 0;
    PublishStats stats;

    REQUIRE(publish(out, plan_of({{"index.html", 0, "home v1"}, {"case/a.html", 11, "a"}, {"case/b.html", 12, "b"}},
                                 &renders), &stats) == "");
    CHECK(read(out / "case/a.html") == "a");
    CHECK(stats.rendered == 3);

    // Second build: nothing in the previous generation yet, so unchanged
    // files are hard-linked from the live tree.
    renders = 0;
    REQUIRE(publish(out, plan_of({{"index.html", 0, "home v2"}, {"case/a.html", 11, "a"}, {"case/b.html", 13, "b2"}},
                                 &renders), &stats) == "");
    CHECK(renders == 2);  // home (always) and b (changed)
    CHECK(stats.linked == 1);
    CHECK(read(out / "index.html") == "home v2");
    CHECK(read(out / "case/b.html") == "b2");

    // Third build: the previous generation is reused in place.
    renders = 0;
    REQUIRE(publish(out, plan_of({{"index.html", 0, "home v3"}, {"case/a.html", 11, "a"}, {"case/b.html", 13, "b2"}},
                                 &renders), &stats) == "");
    CHECK(renders == 1);
    CHECK(read(out / "index.html") == "home v3");
    CHECK(read(out / "case/a.html") == "a");
    CHECK(read(out / "case/b.html") == "b2");
    fs::remove_all(root);
}

TEST_CASE("files dropped from the plan disappear from the published tree") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int renders = 0;
    REQUIRE(publish(out, plan_of({{"a.html", 1, "a"}, {"old/gone.html", 2, "g"}}, &renders)) == "");
    REQUIRE(publish(out, plan_of({{"a.html", 1, "a"}}, &renders)) == "");
    CHECK_FALSE(fs::exists(out / "old/gone.html"));
    REQUIRE(publish(out, plan_of({{"a.html", 1, "a"}}, &renders)) == "");
    CHECK_FALSE(fs::exists(out / "old/gone.html"));
    CHECK(read(out / "a.html") == "a");
    fs::remove_all(root);
}

TEST_CASE("a changed file gets a new inode; the previous generation's file is untouched") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int renders = 0;
    REQUIRE(publish(out, plan_of({{"kiosk.txt", 1, "one"}}, &renders)) == "");
    ino_t first = inode(out / "kiosk.txt");
    REQUIRE(publish(out, plan_of({{"kiosk.txt", 2, "two"}}, &renders)) == "");
    CHECK(inode(out / "kiosk.txt") != first);
    CHECK(read(root / ".public.previous/kiosk.txt") == "one");
    fs::remove_all(root);
}

TEST_CASE("a failed render leaves the live tree as it was") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int renders = 0;
    REQUIRE(publish(out, plan_of({{"a.html", 1, "a"}}, &renders)) == "");
    OutputPlan bad = plan_of({{"a.html", 2, "changed"}}, &renders);
    bad.push_back({"b.html", 3, []() -> std::string { throw std::runtime_error("template error"); }});
    Publisher p(paths_of(out));
    REQUIRE(p.begin().is_ok());
    std::string err = p.apply(bad, 2).message();
    CHECK(err.find("b.html") != std::string::npos);
    CHECK(read(out / "a.html") == "a");
    // The next good build still works (the interrupted staging tree is reset).
    REQUIRE(publish(out, plan_of({{"a.html", 4, "fixed"}}, &renders)) == "");
    CHECK(read(out / "a.html") == "fixed");
    fs::remove_all(root);
}

TEST_CASE("refuses to replace a folder gongkai did not write") {
    fs::path root = fresh_dir();
    fs::path out = root / "home";
    fs::create_directories(out);
    std::ofstream(out / "thesis.txt") << "precious";
    int renders = 0;
    std::string err = publish(out, plan_of({{"a.html", 1, "a"}}, &renders));
    CHECK(err.find("refusing") != std::string::npos);
    CHECK(read(out / "thesis.txt") == "precious");
    fs::remove_all(root);
}

TEST_CASE("two outputs may not claim one path") {
    fs::path root = fresh_dir();
    int renders = 0;
    std::string err = publish(root / "public", plan_of({{"a.html", 1, "a"}, {"a.html", 2, "b"}}, &renders));
    CHECK(err.find("a.html") != std::string::npos);
    fs::remove_all(root);
}

TEST_CASE("streamed files are written piece by piece and reused like rendered ones") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int streams = 0;
    auto plan_streamed = [&](uint64_t fp, size_t rows) {
        OutputPlan plan;
        PlannedFile f;
        f.path = "data/cases.csv";
        f.fingerprint = fp;
        f.stream = [&streams, rows](const std::function<void(std::string_view)>& write) {
            ++streams;
            write("id,title\n");
            for (size_t i = 0; i < rows; ++i) write("row-" + std::to_string(i) + ",标题\n");
        };
        plan.push_back(std::move(f));
        return plan;
    };
    REQUIRE(publish(out, plan_streamed(7, 200000)) == "");
    std::string csv = read(out / "data/cases.csv");
    CHECK(csv.rfind("id,title\nrow-0,标题\n", 0) == 0);
    CHECK(csv.find("row-199999,标题\n") != std::string::npos);
    CHECK(streams == 1);
    REQUIRE(publish(out, plan_streamed(7, 200000)) == "");
    CHECK(streams == 1);  // unchanged fingerprint: linked, not streamed again
    fs::remove_all(root);
}

TEST_CASE("files are found in the previous trees when the plan's order changes") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int renders = 0;
    PublishStats stats;
    auto files = std::vector<std::tuple<std::string, uint64_t, std::string>>{
        {"a.html", 1, "a"}, {"b/b.html", 2, "b"}, {"c/c.html", 3, "c"}, {"d.html", 4, "d"}};
    REQUIRE(publish(out, plan_of(files, &renders)) == "");
    REQUIRE(publish(out, plan_of(files, &renders)) == "");
    // Reversed, with one file added in the middle and one gone.
    renders = 0;
    REQUIRE(publish(out, plan_of({{"d.html", 4, "d"}, {"new/n.html", 5, "n"}, {"c/c.html", 3, "c"}, {"a.html", 1, "a"}},
                                 &renders), &stats) == "");
    CHECK(renders == 1);
    CHECK(stats.kept == 3);
    CHECK(stats.removed == 1);
    CHECK(read(out / "new/n.html") == "n");
    CHECK_FALSE(fs::exists(out / "b/b.html"));
    CHECK(read(out / "c/c.html") == "c");
    fs::remove_all(root);
}

TEST_CASE("a path claimed twice is refused on a rebuild too") {
    fs::path root = fresh_dir();
    fs::path out = root / "public";
    int renders = 0;
    REQUIRE(publish(out, plan_of({{"a.html", 1, "a"}, {"b.html", 2, "b"}}, &renders)) == "");
    REQUIRE(publish(out, plan_of({{"a.html", 1, "a"}, {"b.html", 2, "b"}}, &renders)) == "");
    // Both claims are files the staging tree has, and neither is new.
    std::string err = publish(out, plan_of({{"a.html", 1, "a"}, {"b.html", 2, "b"}, {"a.html", 3, "x"}}, &renders));
    CHECK(err == "two outputs claim the path a.html");
    CHECK(read(out / "a.html") == "a");
    fs::remove_all(root);
}

TEST_CASE("the manifest lists each planned file once, in plan order, and reads back") {
    fs::path root = fresh_dir();
    int renders = 0;
    OutputPlan plan = plan_of({{"z.html", 0xfedcba9876543210ull, ""}, {"a/b c.html", 1, ""}}, &renders);
    const std::string text = Manifest::format(plan);
    CHECK(text == "fedcba9876543210 z.html\n0000000000000001 a/b c.html\n");
    // A torn last line and a malformed one are skipped.
    std::ofstream(root / "manifest") << text << "nothex!!nothex!! x.html\n00000000000000ff tor";
    Manifest m = Manifest::read(root / "manifest");
    REQUIRE(m.size() == 2);
    CHECK(m[0].path == "z.html");
    CHECK(m[0].fingerprint == 0xfedcba9876543210ull);
    CHECK(m.find("a/b c.html", 1) == 1);
    CHECK(m.find("a/b c.html", 0) == 1);  // a wrong guess still finds it
    CHECK(m.find("x.html", 0) == Manifest::npos);
    CHECK(Manifest::read(root / "missing").size() == 0);
    fs::remove_all(root);
}

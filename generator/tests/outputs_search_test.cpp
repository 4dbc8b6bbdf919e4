#include "content/load_site.hpp"
#include "outputs/outputs.hpp"
#include "outputs/search_docs.hpp"
#include "outputs/search_index.hpp"
#include "outputs/search_tokens.hpp"
#include "outputs_fixture.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <set>

using namespace gongkai;
using namespace gongkai::gen;
using namespace gongkai::gen::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> tokens_of(std::string_view text, Unigrams u = Unigrams::exclude) {
    std::vector<std::string> out;
    tokenize(text, u, out);
    return out;
}

// Renders every search/ file of the plan under a fresh directory.
fs::path write_search_files(const Fixture& f, const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "gongkai-outputs-test" / name;
    fs::remove_all(dir);
    for (const PlannedFile& p : f.plan) {
        const fs::path path = dir / p.path;
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << p.render();
    }
    return dir;
}

// Runs static/search.js under node against `dir`: query -> {total, urls}.
nlohmann::json run_search_js(const fs::path& dir, const std::vector<std::string>& queries) {
    const std::string driver = R"(
const engine = require(process.argv[2]);
const fs = require('fs');
const root = process.argv[3];
const searcher = engine.createSearcher(p => fs.promises.readFile(root + '/' + p, 'utf8').then(JSON.parse));
(async () => {
  const out = {};
  for (const q of process.argv.slice(4)) {
    const cursor = await searcher.search(q);
    let urls = [];
    for (;;) {
      const page = await cursor.more();
      urls = urls.concat(page.hits.map(h => h.url));
      if (page.done) break;
    }
    out[q] = { total: cursor.total, urls: urls };
  }
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });
)";
    const fs::path script = write_temp("search_driver.js", driver);
    std::string command = "node '" + script.string() + "' '" GONGKAI_SOURCE_DIR "/themes/default/static/search.js' '" +
                          dir.string() + "'";
    for (const std::string& q : queries) command += " '" + q + "'";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    REQUIRE(pipe);
    std::string output;
    std::array<char, 4096> buf;
    for (size_t n; (n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0;) output.append(buf.data(), n);
    INFO(output);
    return nlohmann::json::parse(output);
}

// URLs of every document whose title or text contains `word`: the truth
// the index must reproduce.
std::set<std::string> brute_force(const Fixture& f, const std::string& word) {
    std::set<std::string> urls;
    for (const SearchSet& set : search_sets(*f.ctx))
        for (const DocRef& ref : set.docs) {
            const SearchDoc d = make_search_doc(*f.ctx, ref);
            if ((d.title + "\n" + d.text).find(word) != std::string::npos) urls.insert(d.url);
        }
    return urls;
}

std::set<std::string> as_set(const nlohmann::json& urls) {
    std::set<std::string> out;
    for (const auto& u : urls) out.insert(u.get<std::string>());
    return out;
}

Site synthetic_site(size_t cases) {
    Site s = tiny_site();
    const char* words[] = {"物业", "电梯", "停运", "邻里", "噪音", "漏水", "维修", "协调", "调解", "工资",
                           "楼道", "停车", "占道", "业主", "委员", "小区", " Elevator ", "2025"};
    Case proto = s.cases[0];
    proto.timeline.clear();
    uint32_t seed = 12345;
    for (size_t i = 0; i < cases; ++i) {
        Case c = proto;
        c.id = "SYN-" + std::to_string(i);
        c.received = Date::from_ymd(2025, 1, 1) + int32_t(i % 300);
        c.title = "合成案件";
        c.body.clear();
        for (int w = 0; w < 12; ++w) {
            seed = seed * 1103515245u + 12345u;
            c.body += words[(seed >> 16) % std::size(words)];
            c.body += (seed >> 8) % 3 == 0 ? "，" : "";
        }
        c.content_hash = 1000 + i;
        s.cases.push_back(c);
    }
    return s;
}

}  // namespace

TEST_CASE("tokenize: CJK bigrams, title unigrams, folded words") {
    CHECK(tokens_of("物业费") == std::vector<std::string>{"物业", "业费"});
    CHECK(tokens_of("物业，电梯") == std::vector<std::string>{"物业", "电梯"});
    CHECK(tokens_of("水") == std::vector<std::string>{});
    CHECK(tokens_of("停水", Unigrams::include) == std::vector<std::string>{"停", "停水", "水"});
    // NFKC folds full-width forms; case folding lowers ASCII.
    CHECK(tokens_of("ＤＪ-２０２５ Hotline12345") == std::vector<std::string>{"dj", "2025", "hotline", "12345"});
    CHECK(tokens_of("12345热线") == std::vector<std::string>{"12345", "热线"});
    CHECK(tokens_of(std::string(50, 'a')) == std::vector<std::string>{std::string(kMaxWordChars, 'a')});
}

TEST_CASE("postings round-trip through the base-32 gap encoding") {
    const std::vector<uint32_t> docs = {0, 1, 31, 32, 1000, 1001, 99999, 4000000000u};
    std::string encoded;
    uint32_t previous = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
        append_posting(encoded, i == 0 ? docs[i] : docs[i] - previous);
        previous = docs[i];
    }
    CHECK(decode_postings(encoded) == docs);
    std::string small;
    append_posting(small, 5);
    CHECK(small.size() == 1);
}

TEST_CASE("the index does not depend on the number of threads") {
    const Site s = synthetic_site(2500);
    Fixture f(s);
    const auto sets = search_sets(*f.ctx);
    const SearchSet& cases = sets.back();
    REQUIRE(cases.name == "cases");
    auto doc = [&](size_t n) {
        SearchDoc d = make_search_doc(*f.ctx, cases.docs[n]);
        return SearchDocText{d.title, d.text};
    };
    const uint32_t shards = search_shard_count(cases.docs.size());
    CHECK(shards == 32);
    const auto one_thread = build_search_shards(cases.docs.size(), shards, doc, 1);
    CHECK(build_search_shards(cases.docs.size(), shards, doc, 2) == one_thread);
    CHECK(build_search_shards(cases.docs.size(), shards, doc, 3) == one_thread);
}

TEST_CASE("search.js finds every document containing a word, and nothing for a made-up word") {
    Fixture f(synthetic_site(1200));
    plan_search_index(*f.ctx, f.plan);
    const fs::path dir = write_search_files(f, "synthetic");
    const auto results = run_search_js(dir, {"物业", "梯物业电", "物业电梯", "业主委员", "elevator", "停水", "水", "Zzyzx"});

    const auto property = brute_force(f, "物业");
    CHECK(property.size() > 500);
    CHECK(as_set(results["物业"]["urls"]) == property);
    CHECK(results["物业"]["total"] == property.size());
    // Newest first within the cases.
    CHECK(results["物业"]["urls"].size() == property.size());

    CHECK(brute_force(f, "梯物业电").empty());
    CHECK(results["梯物业电"]["urls"].empty());
    CHECK(as_set(results["物业电梯"]["urls"]) == brute_force(f, "物业电梯"));
    CHECK(as_set(results["业主委员"]["urls"]) == brute_force(f, "业主委员"));
    CHECK(as_set(results["elevator"]["urls"]) == brute_force(f, "Elevator"));
    CHECK(as_set(results["停水"]["urls"]) == brute_force(f, "停水"));
    // One character: titles only.
    CHECK(as_set(results["水"]["urls"]) == std::set<std::string>{"notice/DJ-N-2025-014.html"});
    CHECK(results["Zzyzx"]["urls"].empty());
}

TEST_CASE("search over the fixture site finds every page containing 物业") {
    Diagnostics diags;
    Site site = load_site(GONGKAI_SOURCE_DIR "/tests/fixtures/small", diags);
    REQUIRE_MESSAGE(diags.ok(), (diags.items().empty() ? "" : format(diags.items().front())));
    Fixture f(std::move(site));
    plan_search_index(*f.ctx, f.plan);
    const auto results = run_search_js(write_search_files(f, "fixture"), {"物业", "物业公司", "不存在的词"});
    const auto truth = brute_force(f, "物业");
    CHECK_FALSE(truth.empty());
    CHECK(as_set(results["物业"]["urls"]) == truth);
    CHECK(as_set(results["物业公司"]["urls"]) == brute_force(f, "物业公司"));
    CHECK(results["不存在的词"]["urls"].empty());
}

TEST_CASE("each record type has its own index fingerprints") {
    auto fingerprints = [](const Site& s) {
        Fixture f(s);
        plan_search_index(*f.ctx, f.plan);
        std::map<std::string, uint64_t> out;
        for (const PlannedFile& p : f.plan) out[p.path] = p.fingerprint;
        return out;
    };
    const Site site = tiny_site();
    const auto base = fingerprints(site);
    CHECK(base.count("search/index.json"));
    CHECK(base.count("search/cases/shard-000.json"));
    CHECK(base.count("search/docs/cases-0000.json"));
    CHECK(fingerprints(site) == base);

    Site notice_edit = site;
    notice_edit.notices[1].content_hash = 77;
    const auto after = fingerprints(notice_edit);
    CHECK(after.at("search/cases/shard-000.json") == base.at("search/cases/shard-000.json"));
    CHECK(after.at("search/docs/cases-0000.json") == base.at("search/docs/cases-0000.json"));
    CHECK(after.at("search/projects/shard-000.json") == base.at("search/projects/shard-000.json"));
    CHECK(after.at("search/notices/shard-000.json") != base.at("search/notices/shard-000.json"));
    CHECK(after.at("search/index.json") == base.at("search/index.json"));
}

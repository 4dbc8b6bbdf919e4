#include "content/load_site.hpp"
#include "search/search.hpp"
#include "search/search_docs.hpp"
#include "search/search_index.hpp"
#include "search/search_normalize.hpp"
#include "search/search_postings.hpp"
#include "search/search_tokens.hpp"
#include "outputs_fixture.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <map>
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
    Site s = test_site::small_site();
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
    const Site site = test_site::small_site();
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

TEST_CASE("the NFKC fast path agrees with ICU on every character it handles, and next to marks") {
    std::string scratch;
    auto fast = [&](std::string_view text, CaseFold fold) {
        std::string out;
        for_each_normalized(text, fold, scratch, [&](char32_t c, std::string_view) { utf8::append(out, c); });
        return out;
    };
    auto icu = [](std::string_view text, CaseFold fold) {
        std::string out;
        normalize_with_icu(text, fold, out);
        return out;
    };
    size_t handled = 0;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        for (CaseFold fold : {CaseFold::no, CaseFold::yes}) {
            if (normalize_detail::fast_form(c, fold) < 0) continue;
            ++handled;
            std::string one;
            utf8::append(one, c);
            // Alone, before a combining acute accent (which may compose
            // with it), and between two ideographs.
            for (const std::string& text : {one, one + "\xCC\x81", "物" + one + "业"}) {
                CAPTURE(uint32_t(c));
                CHECK(fast(text, fold) == icu(text, fold));
            }
        }
    }
    CHECK(handled > 2 * 27000);  // ASCII, the ideograph blocks, full-width forms
    for (std::string_view text : {"ｶﾞ①ﬁ㈱", "가\xE1\x86\xA8", "Ａ\xCC\x81Ｂ", "…⁉", "ＤＪ　２０２５", "\xF0\xA0\x80\x80\xCC\x81"}) {
        CHECK(fast(text, CaseFold::yes) == icu(text, CaseFold::yes));
        CHECK(normalize_nfkc(text) == icu(text, CaseFold::no));
    }
}

TEST_CASE("token ids give back their text, long words included") {
    const std::string long_word = "administrativeoffice";
    CHECK(tokens_of("物业 Elevator " + long_word + " 0471", Unigrams::include) ==
          std::vector<std::string>{"物", "物业", "业", "elevator", long_word, "0471"});
    CHECK(tokens_of(std::string(45, '7')) == std::vector<std::string>{std::string(kMaxWordChars, '7')});
    WordTable words;
    words.remember(42, "abc");
    words.remember(42, "abc");
    CHECK_THROWS_AS(words.remember(42, "abd"), std::runtime_error);
}

TEST_CASE("posting lists keep ascending unique documents through table growth and long chains") {
    PostingTable table;
    std::map<TokenId, std::vector<uint32_t>> truth;
    uint32_t seed = 7;
    for (uint32_t doc = 0; doc < 3000; ++doc) {
        for (int k = 0; k < 40; ++k) {
            seed = seed * 1103515245u + 12345u;
            // Some tokens in every document (long chains), most rare
            // (many entries: the table grows), doc gaps of all sizes.
            const TokenId t = k < 3 ? TokenId(k) : TokenId(seed >> 8) % (k < 10 ? 50 : 200000);
            const uint32_t d = doc * 997;
            table.add(t, d);
            table.add(t, d);  // repeats are ignored
            auto& list = truth[t];
            if (list.empty() || list.back() != d) list.push_back(d);
        }
    }
    table.freeze();
    REQUIRE(table.size() == truth.size());
    for (uint32_t e = 0; e < table.size(); ++e) {
        std::vector<uint32_t> docs;
        table.documents(e, docs);
        CHECK(docs == truth.at(table.token(e)));
    }
}

TEST_CASE("a word in both halves of the documents is one posting list") {
    const std::string word = "interdepartmental";
    auto doc = [&](size_t n) {
        return SearchDocText{"标题", n % 3 == 0 ? "物业 " + word : "电梯 " + std::to_string(n)};
    };
    const auto one = build_search_shards(100, 1, doc, 1);
    CHECK(build_search_shards(100, 1, doc, 2) == one);
    const auto shard = nlohmann::json::parse(one[0]);
    std::vector<uint32_t> expected;
    for (uint32_t n = 0; n < 100; n += 3) expected.push_back(n);
    CHECK(decode_postings(shard.at(word).get<std::string>()) == expected);
    CHECK(decode_postings(shard.at("物业").get<std::string>()) == expected);
    CHECK(decode_postings(shard.at("标题").get<std::string>()).size() == 100);
    CHECK(decode_postings(shard.at("98").get<std::string>()) == std::vector<uint32_t>{98});
    CHECK_FALSE(shard.contains("99"));  // document 99 is a 物业 one
    CHECK_FALSE(shard.contains("物"));  // unigrams from titles only
    CHECK(shard.contains("标"));
}

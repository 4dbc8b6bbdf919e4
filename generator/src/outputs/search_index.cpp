#include "outputs/search_index.hpp"

#include "outputs/search_tokens.hpp"
#include "outputs/text_escape.hpp"

#include <algorithm>
#include <thread>
#include <unordered_map>

namespace gongkai::gen {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

struct Postings {
    uint32_t last = 0;
    std::string encoded;
};
using PostingMap = std::unordered_map<std::string, Postings>;

// Memory is dominated by the token table (~140 bytes per distinct token;
// 100,000 case texts have about two million), so the shards are built in
// groups: each pass re-reads every document but keeps only the tokens of its
// own shards.
struct Pass {
    uint32_t shard_count;
    uint32_t groups;
    uint32_t group;
    bool wants(std::string_view token) const { return token_hash(token) % shard_count % groups == group; }
};

void add_document(PostingMap& map, uint32_t doc, const SearchDocText& d, const Pass& pass,
                  std::vector<std::string>& tokens) {
    tokens.clear();
    tokenize(d.title, Unigrams::include, tokens);
    // Tokenised apart, so no bigram spans the end of the title.
    tokenize(d.text, Unigrams::exclude, tokens);
    std::erase_if(tokens, [&](const std::string& t) { return !pass.wants(t); });
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    for (std::string& t : tokens) {
        auto [it, inserted] = map.try_emplace(std::move(t));
        Postings& p = it->second;
        append_posting(p.encoded, inserted ? doc : doc - p.last);
        p.last = doc;
    }
}

// Fills shards[s] for every shard s of the pass's group.
void run_pass(size_t doc_count, const std::function<SearchDocText(size_t)>& doc, const Pass& pass,
              std::vector<std::string>& shards) {
    PostingMap map;
    std::vector<std::string> tokens;
    for (size_t i = 0; i < doc_count; ++i) add_document(map, uint32_t(i), doc(i), pass, tokens);

    std::vector<std::vector<PostingMap::value_type*>> by_shard(pass.shard_count);
    for (auto& entry : map) by_shard[token_hash(entry.first) % pass.shard_count].push_back(&entry);
    for (uint32_t s = pass.group; s < pass.shard_count; s += pass.groups) {
        auto& entries = by_shard[s];
        std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
        std::string& out = shards[s];
        out += '{';
        for (size_t k = 0; k < entries.size(); ++k) {
            out += k ? ",\n" : "\n";
            append_json_string(out, entries[k]->first);
            out += ':';
            append_json_string(out, entries[k]->second.encoded);
            std::string().swap(entries[k]->second.encoded);  // release as we go: peak memory
        }
        out += "\n}\n";
    }
}

}  // namespace

void append_posting(std::string& out, uint32_t gap) {
    uint32_t groups[7];
    int n = 0;
    do {
        groups[n++] = gap & 31;
        gap >>= 5;
    } while (gap);
    for (int i = n - 1; i > 0; --i) out += kAlphabet[32 + groups[i]];
    out += kAlphabet[groups[0]];
}

std::vector<uint32_t> decode_postings(std::string_view encoded) {
    std::vector<uint32_t> out;
    uint32_t value = 0, previous = 0;
    for (char c : encoded) {
        const size_t digit = kAlphabet.find(c);
        if (digit == std::string_view::npos) return {};
        value = value * 32 + uint32_t(digit & 31);
        if (digit >= 32) continue;
        previous = out.empty() ? value : previous + value;
        out.push_back(previous);
        value = 0;
    }
    return out;
}

uint32_t search_shard_count(size_t doc_count) {
    uint32_t shards = 1;
    while (shards < 1024 && shards * 128u < doc_count) shards *= 2;
    return shards;
}

std::vector<std::string> build_search_shards(size_t doc_count, uint32_t shard_count,
                                             const std::function<SearchDocText(size_t)>& doc, unsigned threads,
                                             size_t docs_per_pass) {
    uint32_t groups = 1;
    while (groups < shard_count && groups * std::max<size_t>(docs_per_pass, 1) < doc_count) groups *= 2;
    threads = std::clamp<unsigned>(threads, 1, groups);
    std::vector<std::string> shards(shard_count);
    {
        // Each thread runs passes t, t + threads, ...; passes write disjoint
        // shards, so the result does not depend on scheduling.
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < threads; ++t)
            workers.emplace_back([&, t] {
                for (uint32_t g = t; g < groups; g += threads) run_pass(doc_count, doc, {shard_count, groups, g}, shards);
            });
    }
    return shards;
}

}  // namespace gongkai::gen

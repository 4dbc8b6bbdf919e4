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

void add_document(PostingMap& map, uint32_t doc, const SearchDocText& d, std::vector<std::string>& tokens) {
    tokens.clear();
    tokenize(d.title, Unigrams::include, tokens);
    // Tokenised apart, so no bigram spans the end of the title.
    tokenize(d.text, Unigrams::exclude, tokens);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    for (std::string& t : tokens) {
        auto [it, inserted] = map.try_emplace(std::move(t));
        Postings& p = it->second;
        append_posting(p.encoded, inserted ? doc : doc - p.last);
        p.last = doc;
    }
}

PostingMap index_range(size_t begin, size_t end, const std::function<SearchDocText(size_t)>& doc) {
    PostingMap map;
    std::vector<std::string> tokens;
    for (size_t i = begin; i < end; ++i) add_document(map, uint32_t(i), doc(i), tokens);
    return map;
}

// Appends `later` (documents after all of `into`'s) to `into`: only its first
// number changes, from absolute to a gap.
void append_range(PostingMap& into, PostingMap&& later) {
    for (auto& [token, p] : later) {
        auto it = into.find(token);
        if (it == into.end()) {
            into.emplace(token, std::move(p));
            continue;
        }
        size_t first_len = 0;
        while (kAlphabet.find(p.encoded[first_len]) >= 32) ++first_len;
        ++first_len;
        const uint32_t first = decode_postings(std::string_view(p.encoded).substr(0, first_len)).front();
        append_posting(it->second.encoded, first - it->second.last);
        it->second.encoded.append(p.encoded, first_len);
        it->second.last = p.last;
    }
    later.clear();
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
    while (shards < 512 && shards * 400u < doc_count) shards *= 2;
    return shards;
}

std::vector<std::string> build_search_shards(size_t doc_count, uint32_t shard_count,
                                             const std::function<SearchDocText(size_t)>& doc, unsigned threads) {
    // Small sets are not worth a thread.
    threads = std::clamp<unsigned>(threads, 1, unsigned(std::max<size_t>(1, doc_count / 1000)));
    std::vector<PostingMap> parts(threads);
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            const size_t begin = doc_count * t / threads, end = doc_count * (t + 1) / threads;
            workers.emplace_back([&, t, begin, end] { parts[t] = index_range(begin, end, doc); });
        }
    }
    PostingMap map = std::move(parts[0]);
    for (unsigned t = 1; t < threads; ++t) append_range(map, std::move(parts[t]));

    std::vector<std::vector<PostingMap::value_type*>> by_shard(shard_count);
    for (auto& entry : map) by_shard[token_hash(entry.first) % shard_count].push_back(&entry);
    std::vector<std::string> shards(shard_count);
    for (uint32_t s = 0; s < shard_count; ++s) {
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
    return shards;
}

}  // namespace gongkai::gen

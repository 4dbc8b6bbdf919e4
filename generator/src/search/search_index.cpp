#include "search/search_index.hpp"

#include "search/search_postings.hpp"
#include "search/search_tokens.hpp"
#include "outputs/text_escape.hpp"

#include <algorithm>
#include <exception>
#include <thread>

namespace gongkai::gen {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The postings of one contiguous range of documents.
struct Part {
    PostingTable table;
    WordTable words;
};

void index_documents(size_t begin, size_t end, const std::function<SearchDocText(size_t)>& doc, Part& part) {
    std::vector<TokenId> tokens;
    for (size_t i = begin; i < end; ++i) {
        const SearchDocText d = doc(i);
        tokens.clear();
        tokenize(d.title, Unigrams::include, tokens, part.words);
        // Tokenised apart, so no bigram spans the end of the title.
        tokenize(d.text, Unigrams::exclude, tokens, part.words);
        for (TokenId t : tokens) part.table.add(t, uint32_t(i));
    }
    part.table.freeze();
}

// A token of one part: part number in the high half, entry number below.
using Ref = uint64_t;
uint32_t part_of(Ref r) { return uint32_t(r >> 32); }
uint32_t entry_of(Ref r) { return uint32_t(r); }

}  // namespace

struct SearchShards::Impl {
    uint32_t shard_count = 1;
    std::vector<Part> parts;       // in document order
    WordTable words;               // every part's long words
    std::vector<Ref> refs;         // grouped by shard
    std::vector<size_t> shard_begin;  // refs of shard s: [shard_begin[s], shard_begin[s + 1])

    void build(size_t doc_count, const std::function<SearchDocText(size_t)>& doc, unsigned threads) {
        const size_t n = std::clamp<size_t>(threads, 1, std::max<size_t>(doc_count, 1));
        parts = std::vector<Part>(n);
        std::vector<std::exception_ptr> errors(n);
        auto run = [&](size_t p) {
            try {
                index_documents(doc_count * p / n, doc_count * (p + 1) / n, doc, parts[p]);
            } catch (...) {
                errors[p] = std::current_exception();
            }
        };
        {
            std::vector<std::jthread> workers;
            for (size_t p = 1; p < n; ++p) workers.emplace_back(run, p);
            run(0);
        }
        for (const std::exception_ptr& e : errors)
            if (e) std::rethrow_exception(e);
        for (Part& p : parts) {
            words.merge(p.words);
            p.words = WordTable();
        }
        group_by_shard();
    }

    // Counting sort of every part's tokens by shard, parts in order.
    void group_by_shard() {
        std::vector<uint32_t> shard_of;
        std::vector<size_t> count(shard_count + 1, 0);
        std::string text;
        for (const Part& part : parts)
            for (uint32_t e = 0; e < part.table.size(); ++e) {
                text.clear();
                append_token_text(text, part.table.token(e), words);
                shard_of.push_back(token_hash(text) % shard_count);
                ++count[shard_of.back() + 1];
            }
        for (uint32_t s = 0; s < shard_count; ++s) count[s + 1] += count[s];
        shard_begin = count;
        refs.resize(shard_of.size());
        size_t k = 0;
        for (uint32_t p = 0; p < parts.size(); ++p)
            for (uint32_t e = 0; e < parts[p].table.size(); ++e) refs[count[shard_of[k++]]++] = (Ref(p) << 32) | e;
    }
};

SearchShards::SearchShards(size_t doc_count, uint32_t shard_count, const std::function<SearchDocText(size_t)>& doc,
                           unsigned threads)
    : impl_(std::make_unique<Impl>()) {
    impl_->shard_count = std::max(shard_count, 1u);
    impl_->build(doc_count, doc, threads);
}

SearchShards::~SearchShards() = default;

uint32_t SearchShards::shard_count() const { return impl_->shard_count; }

std::string SearchShards::render(uint32_t shard) const {
    const Impl& m = *impl_;
    std::vector<std::pair<std::string, Ref>> tokens;
    for (size_t k = m.shard_begin[shard]; k < m.shard_begin[shard + 1]; ++k) {
        const Ref r = m.refs[k];
        std::string text;
        append_token_text(text, m.parts[part_of(r)].table.token(entry_of(r)), m.words);
        tokens.emplace_back(std::move(text), r);
    }
    // By text, then by part: a token found in several parts is one list.
    std::sort(tokens.begin(), tokens.end());

    std::string out = "{";
    std::vector<uint32_t> docs;
    for (size_t k = 0; k < tokens.size();) {
        out += k ? ",\n" : "\n";
        append_json_string(out, tokens[k].first);
        out += ":\"";
        docs.clear();
        const std::string& text = tokens[k].first;
        for (; k < tokens.size() && tokens[k].first == text; ++k)
            m.parts[part_of(tokens[k].second)].table.documents(entry_of(tokens[k].second), docs);
        for (size_t i = 0; i < docs.size(); ++i) append_posting(out, i ? docs[i] - docs[i - 1] : docs[i]);
        out += '"';
    }
    out += "\n}\n";
    return out;
}

std::vector<std::string> build_search_shards(size_t doc_count, uint32_t shard_count,
                                             const std::function<SearchDocText(size_t)>& doc, unsigned threads) {
    const SearchShards index(doc_count, shard_count, doc, threads);
    std::vector<std::string> shards;
    for (uint32_t s = 0; s < index.shard_count(); ++s) shards.push_back(index.render(s));
    return shards;
}

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

}  // namespace gongkai::gen

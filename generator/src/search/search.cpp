// search/index.json, search/SET/shard-NNN.json, search/docs/SET-NNNN.json:
// the static search index read by themes/default/static/search.js. Layout
// and algorithm: docs/open-data.md ("Search index").

#include "gongkai/hash.hpp"
#include "search/search.hpp"
#include "search/search_docs.hpp"
#include "search/search_index.hpp"
#include "search/search_tokens.hpp"
#include "outputs/text_escape.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>

namespace gongkai::gen {

namespace {

// Documents per doc-store file: the browser fetches whole chunks to check
// candidates and show snippets, so they stay small (~50-80 KB for cases).
constexpr size_t kChunkSize = 50;
constexpr int kFormatVersion = 1;

std::string numbered(std::string_view prefix, size_t n, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*zu", width, n);
    return std::string(prefix) + buf + ".json";
}

std::string shard_path(const std::string& set, size_t shard) { return numbered("search/" + set + "/shard-", shard, 3); }
std::string chunk_path(const std::string& set, size_t chunk) { return numbered("search/docs/" + set + "-", chunk, 4); }

// The set's index, built on first use by whichever shard renders first.
// Shards then render from it (concurrently) and the last one frees it, so
// the index lives only while its shards are being written.
struct LazyIndex {
    std::once_flag once;
    std::unique_ptr<SearchShards> index;
    std::atomic<uint32_t> remaining;
    explicit LazyIndex(uint32_t shards) : remaining(shards) {}
};

std::string render_chunk(const RenderContext& ctx, const SearchSet& set, size_t chunk) {
    std::string out = "[";
    const size_t end = std::min(set.docs.size(), (chunk + 1) * kChunkSize);
    for (size_t n = chunk * kChunkSize; n < end; ++n) {
        const SearchDoc d = make_search_doc(ctx, set.docs[n]);
        out += n == chunk * kChunkSize ? "\n[" : ",\n[";
        append_json_string(out, kind_id(d.kind));
        out += ',';
        append_json_string(out, normalize_nfkc(d.title));
        out += ',';
        append_json_string(out, d.url);
        out += ',';
        append_json_string(out, normalize_nfkc(d.text));
        out += ']';
    }
    out += "\n]\n";
    return out;
}

std::string render_manifest(const std::vector<SearchSet>& sets) {
    std::string out = "{\"version\":" + std::to_string(kFormatVersion) + ",\"chunk\":" + std::to_string(kChunkSize);
    out += ",\"kinds\":{";
    const DocKind kinds[] = {DocKind::case_record, DocKind::project, DocKind::notice, DocKind::unit, DocKind::page};
    for (size_t k = 0; k < std::size(kinds); ++k) {
        if (k) out += ',';
        append_json_string(out, kind_id(kinds[k]));
        out += ':';
        append_json_string(out, kind_label(kinds[k]));
    }
    out += "},\"sets\":[";
    for (size_t s = 0; s < sets.size(); ++s) {
        if (s) out += ',';
        out += "\n{\"name\":";
        append_json_string(out, sets[s].name);
        out += ",\"docs\":" + std::to_string(sets[s].docs.size());
        out += ",\"shards\":" + std::to_string(search_shard_count(sets[s].docs.size())) + "}";
    }
    out += "\n]}\n";
    return out;
}

void plan_set(const RenderContext& ctx, std::shared_ptr<const SearchSet> set, OutputPlan& plan) {
    const RenderContext* c = &ctx;
    const uint64_t base = hash_combine(ctx.global_fingerprint, hash64("search:" + set->name));
    std::vector<uint64_t> hashes;
    hashes.reserve(set->docs.size());
    uint64_t set_fp = base;
    for (const DocRef& ref : set->docs) {
        // Content hashes are cheap to reach without building the document.
        uint64_t h = 0;
        switch (ref.kind) {
        case DocKind::case_record: h = ctx.site.cases[ref.index].content_hash; break;
        case DocKind::project: h = ctx.site.projects[ref.index].content_hash; break;
        case DocKind::notice: h = ctx.site.notices[ref.index].content_hash; break;
        case DocKind::page: h = ctx.site.pages[ref.index].content_hash; break;
        case DocKind::unit: h = hash64(ctx.site.config.units[ref.index].id); break;
        }
        hashes.push_back(h);
        set_fp = hash_combine(set_fp, h);
    }

    const uint32_t shard_count = search_shard_count(set->docs.size());
    auto lazy = std::make_shared<LazyIndex>(shard_count);
    for (uint32_t s = 0; s < shard_count; ++s) {
        plan.push_back({shard_path(set->name, s), hash_combine(set_fp, s), [c, set, lazy, s, shard_count] {
                            std::call_once(lazy->once, [&] {
                                lazy->index = std::make_unique<SearchShards>(
                                    set->docs.size(), shard_count,
                                    [&](size_t n) {
                                        SearchDoc d = make_search_doc(*c, set->docs[n]);
                                        return SearchDocText{std::move(d.title), std::move(d.text)};
                                    },
                                    c->threads);
                            });
                            std::string shard = lazy->index->render(s);
                            if (--lazy->remaining == 0) lazy->index.reset();
                            return shard;
                        }});
    }

    for (size_t chunk = 0; chunk * kChunkSize < set->docs.size(); ++chunk) {
        uint64_t fp = hash_combine(base, chunk);
        for (size_t n = chunk * kChunkSize; n < std::min(hashes.size(), (chunk + 1) * kChunkSize); ++n)
            fp = hash_combine(fp, hashes[n]);
        plan.push_back({chunk_path(set->name, chunk), fp, [c, set, chunk] { return render_chunk(*c, *set, chunk); }});
    }
}

}  // namespace

void plan_search_index(const RenderContext& ctx, OutputPlan& plan) {
    std::vector<SearchSet> sets = search_sets(ctx);
    std::string manifest = render_manifest(sets);
    const uint64_t manifest_fp = hash_combine(ctx.global_fingerprint, hash64(manifest));
    plan.push_back({"search/index.json", manifest_fp, [manifest = std::move(manifest)] { return manifest; }});
    for (SearchSet& s : sets) plan_set(ctx, std::make_shared<const SearchSet>(std::move(s)), plan);
}

}  // namespace gongkai::gen

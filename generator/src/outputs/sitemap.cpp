// sitemap.xml (sitemaps.org protocol) and robots.txt.

#include "gongkai/hash.hpp"
#include "gongkai/urls.hpp"
#include "outputs/outputs.hpp"
#include "outputs/streamed_file.hpp"
#include "outputs/text_escape.hpp"

#include <algorithm>
#include <memory>

namespace gongkai::gen {

namespace {

// The protocol's limit per sitemap file.
constexpr size_t kMaxUrlsPerSitemap = 50000;
constexpr std::string_view kSitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

bool is_listed(std::string_view path) {
    if (!path.ends_with(".html")) return false;
    if (path.ends_with(".print.html")) return false;
    return path != "404.html";
}

// Up to 50,000 URLs, ~5 MB: written in pieces like the open data.
void stream_urlset(const std::string& base_url, const std::vector<std::string>& paths, size_t begin, size_t end,
                   const WriteFn& write) {
    Pieces pieces(write);
    std::string& out = pieces.text();
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"";
    out += kSitemapNs;
    out += "\">\n";
    for (size_t i = begin; i < end; ++i) {
        out += "<url><loc>";
        append_xml_escaped(out, urls::absolute(base_url, paths[i]));
        out += "</loc></url>\n";
        pieces.maybe_flush();
    }
    out += "</urlset>\n";
    pieces.finish();
}

std::string part_name(size_t n) { return "sitemap-" + std::to_string(n) + ".xml"; }

std::string sitemap_index(const std::string& base_url, size_t parts) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"";
    out += kSitemapNs;
    out += "\">\n";
    for (size_t n = 1; n <= parts; ++n) {
        out += "<sitemap><loc>";
        append_xml_escaped(out, urls::absolute(base_url, part_name(n)));
        out += "</loc></sitemap>\n";
    }
    out += "</sitemapindex>\n";
    return out;
}

}  // namespace

void plan_sitemap(const RenderContext& ctx, OutputPlan& plan) {
    auto paths = std::make_shared<std::vector<std::string>>();
    for (const PlannedFile& f : plan)
        if (is_listed(f.path)) paths->push_back(f.path);
    std::sort(paths->begin(), paths->end());
    paths->erase(std::unique(paths->begin(), paths->end()), paths->end());

    const std::string base = ctx.site.config.base_url;
    uint64_t fp = hash_combine(ctx.global_fingerprint, hash64(base));
    for (const std::string& p : *paths) fp = hash_combine(fp, hash64(p));

    if (paths->size() <= kMaxUrlsPerSitemap) {
        plan.push_back(streamed_file("sitemap.xml", fp, [paths, base](const WriteFn& write) {
            stream_urlset(base, *paths, 0, paths->size(), write);
        }));
    } else {
        const size_t parts = (paths->size() + kMaxUrlsPerSitemap - 1) / kMaxUrlsPerSitemap;
        plan.push_back({"sitemap.xml", fp, [base, parts] { return sitemap_index(base, parts); }});
        for (size_t n = 1; n <= parts; ++n) {
            const size_t begin = (n - 1) * kMaxUrlsPerSitemap;
            const size_t end = std::min(paths->size(), begin + kMaxUrlsPerSitemap);
            plan.push_back(streamed_file(part_name(n), fp, [paths, base, begin, end](const WriteFn& write) {
                stream_urlset(base, *paths, begin, end, write);
            }));
        }
    }
    plan.push_back({"robots.txt", hash_combine(ctx.global_fingerprint, hash64("robots:" + base)), [base] {
                        return "User-agent: *\nAllow: /\n\nSitemap: " + urls::absolute(base, "sitemap.xml") + "\n";
                    }});
}

}  // namespace gongkai::gen

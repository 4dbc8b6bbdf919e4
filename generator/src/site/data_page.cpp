// data/index.html: what can be downloaded and what every column means.
#include "outputs/outputs.hpp"
#include "site/html_pages.hpp"
#include "site/planners.hpp"

namespace gongkai::gen {

namespace {

uint64_t schema_hash(const std::vector<DatasetSchema>& schema) {
    uint64_t h = hash64("schema");
    for (const DatasetSchema& d : schema) {
        for (const std::string* s : {&d.name, &d.title_zh, &d.description_zh, &d.parent}) h = hash_combine(h, hash64(*s));
        for (const std::string& f : d.files) h = hash_combine(h, hash64(f));
        for (const FieldSchema& f : d.fields) {
            for (const std::string* s : {&f.name, &f.type, &f.title_zh, &f.description_zh, &f.allowed_from_site})
                h = hash_combine(h, hash64(*s));
            for (const std::string& a : f.allowed) h = hash_combine(h, hash64(a));
            h = hash_combine(h, uint64_t(f.required));
        }
    }
    return h;
}

Data dataset_data(const DatasetSchema& d) {
    Data out = Data::map();
    out.set("name", d.name).set("title", d.title_zh).set("description", d.description_zh).set("parent", d.parent);
    Data files = Data::list();
    for (const std::string& f : d.files) {
        const size_t dot = f.rfind('.');
        files.push(Data::map().set("href", f).set("format", dot == std::string::npos ? std::string() : f.substr(dot + 1)));
    }
    out.set("files", std::move(files));
    Data fields = Data::list();
    for (const FieldSchema& f : d.fields) {
        std::string allowed;
        for (const std::string& a : f.allowed) allowed += (allowed.empty() ? "" : ", ") + a;
        if (allowed.empty() && !f.allowed_from_site.empty()) allowed = "site.yaml " + f.allowed_from_site;
        fields.push(Data::map().set("name", f.name).set("type", f.type).set("title", f.title_zh)
                        .set("description", f.description_zh).set("allowed", allowed).set("required", f.required));
    }
    out.set("fields", std::move(fields));
    return out;
}

}  // namespace

void plan_open_data_page(const RenderContext& ctx, const std::vector<DatasetSchema>& schema, OutputPlan& plan) {
    if (!ctx.theme) return;
    auto shared = std::make_shared<const site::Shared>(ctx);
    site::Fingerprint fp(ctx, "data");
    fp.add(schema_hash(schema));
    site::add_page(plan, shared, "data/index.html", fp.value(), "data",
                   [&schema](const site::Shared& s, const std::string& path) {
                       Data d = site::page_layer(s, path, "开放数据", site::kData);
                       Data sets = Data::list();
                       for (const DatasetSchema& ds : schema) sets.push(dataset_data(ds));
                       d.set("datasets", std::move(sets));
                       return d;
                   });
}

}  // namespace gongkai::gen

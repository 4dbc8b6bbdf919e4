// data/schema.json in Frictionless Data Package form, so standard tools
// (frictionless validate, Open Data portals) can check the CSV files.

#include "outputs/open_data_internal.hpp"
#include "outputs/outputs.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace gongkai::gen {

namespace {

using nlohmann::json;

std::vector<std::string> ids(const std::vector<Category>& list) {
    std::vector<std::string> out;
    for (const Category& c : list) out.push_back(c.id);
    return out;
}

std::vector<std::string> site_values(const SiteConfig& cfg, const std::string& list) {
    if (list == "categories.cases") return ids(cfg.case_categories);
    if (list == "categories.projects") return ids(cfg.project_categories);
    if (list == "categories.notices") return ids(cfg.notice_categories);
    std::vector<std::string> out;
    if (list == "units")
        for (const Unit& u : cfg.units) out.push_back(u.id);
    if (list == "deadline_classes")
        for (const DeadlineClass& d : cfg.deadline_classes) out.push_back(d.id);
    if (list == "contacts")
        for (const Contact& c : cfg.contacts) out.push_back(c.number);
    return out;
}

json field_json(const SiteConfig& cfg, const FieldSchema& f, bool csv) {
    // A CSV cell cannot hold an array: lists are ';'-joined strings there.
    const bool joined_list = csv && f.type == "array";
    json j = {{"name", f.name},
              {"type", joined_list ? "string" : f.type},
              {"title", f.title_zh},
              {"description", f.description_en},
              {"description_zh", f.description_zh}};
    if (f.type == "date") j["format"] = "%Y-%m-%d";
    if (joined_list) j["gongkai:separator"] = ";";
    json constraints = json::object();
    if (f.required) constraints["required"] = true;
    if (!f.allowed.empty()) constraints["enum"] = f.allowed;
    if (!f.allowed_from_site.empty() && f.type != "array") {
        // Optional fields may be empty; an enum would reject that.
        std::vector<std::string> values = site_values(cfg, f.allowed_from_site);
        if (f.required) constraints["enum"] = values;
        j["gongkai:allowed_from"] = "site.yaml " + f.allowed_from_site;
    }
    if (!constraints.empty()) j["constraints"] = constraints;
    return j;
}

json resource_json(const SiteConfig& cfg, const DatasetSchema& d, const std::string& path) {
    const bool csv = path.ends_with(".csv");
    json fields = json::array();
    for (const FieldSchema& f : d.fields) fields.push_back(field_json(cfg, f, csv));
    std::string name = path.substr(path.rfind('/') + 1);
    std::replace(name.begin(), name.end(), '_', '-');
    std::replace(name.begin(), name.end(), '.', '-');
    json r = {{"name", name},
              {"path", path.substr(std::string("data/").size())},
              {"title", d.title_zh},
              {"description", d.description_en},
              {"description_zh", d.description_zh},
              {"encoding", "utf-8"}};
    if (csv) {
        r["profile"] = "tabular-data-resource";
        r["format"] = "csv";
        r["mediatype"] = "text/csv";
        r["dialect"] = {{"delimiter", ","}, {"lineTerminator", "\r\n"}, {"header", true}};
        json schema = {{"fields", fields}};
        if (d.parent.empty()) {
            schema["primaryKey"] = "id";
        } else {
            schema["foreignKeys"] = json::array(
                {{{"fields", d.fields.front().name}, {"reference", {{"resource", d.parent + "-csv"}, {"fields", "id"}}}}});
        }
        r["schema"] = schema;
    } else {
        r["format"] = "json";
        r["mediatype"] = "application/json";
        r["description"] = d.description_en + ". A JSON array of objects with these fields; list tables are nested.";
        r["schema"] = {{"fields", fields}};
    }
    return r;
}

}  // namespace

std::string render_open_data_package(const SiteConfig& cfg) {
    json resources = json::array();
    for (const DatasetSchema& d : open_data_schema())
        for (const std::string& path : d.files) resources.push_back(resource_json(cfg, d, path));
    json package = {{"profile", "tabular-data-package"},
                    {"name", "gongkai-open-data"},
                    {"title", cfg.title + " 开放数据"},
                    {"description", "Open data of " + cfg.title + ": cases, projects, notices and units. See docs/open-data.md."},
                    {"homepage", cfg.base_url},
                    {"resources", resources}};
    return package.dump(2) + "\n";
}

}  // namespace gongkai::gen

#pragma once
// Machine-readable outputs: feeds, open data, sitemap, robots (the search
// index has its own folder: search/search.hpp).

#include "page_graph/output_plan.hpp"

#include <string>
#include <vector>

namespace gongkai::gen {

// notices/feed.atom, notices/feed.json (JSON Feed 1.1), notices/notices.ics
void plan_feeds(const RenderContext& ctx, OutputPlan& plan);
// data/{cases,projects,notices,units}.{csv,json}, data/open311/requests.json,
// data/schema.json (the schema document is an HTML page: data/index.html is
// rendered by the theme from the same description, see open_data_schema()).
void plan_open_data(const RenderContext& ctx, OutputPlan& plan);
// sitemap.xml (a sitemap index when over 50,000 URLs) listing every planned
// .html page except print views and 404; robots.txt pointing at it.
// Call after every other planner.
void plan_sitemap(const RenderContext& ctx, OutputPlan& plan);

// ---- the open-data schema (docs/open-data.md) -------------------------------
// One column of a dataset. CSV columns and JSON members appear in this order.
struct FieldSchema {
    std::string name;            // "received"
    std::string type;            // Frictionless types: string integer number boolean date datetime array
    std::string title_zh;        // "受理日期"
    std::string description_zh;
    std::string description_en;
    // Fixed vocabularies ("walk_in", ...). Empty when free or site-defined;
    // `allowed_from_site` then names the site.yaml list ("categories.cases").
    std::vector<std::string> allowed;
    std::string allowed_from_site;
    bool required = false;       // never empty / null
};

struct DatasetSchema {
    std::string name;            // "cases"
    std::string title_zh;        // "矛盾纠纷与群众诉求"
    std::string description_zh;
    std::string description_en;
    std::vector<std::string> files;  // paths under the output root: "data/cases.csv", ...
    std::string parent;          // for list tables ("case_timeline" -> "cases"); "" otherwise
    std::vector<FieldSchema> fields;
};

// Every open-data table, in publication order. Child tables (timeline,
// funding, milestones, quantities) are separate CSV files and nested arrays
// in the parent's JSON. Thread-safe; the vector lives for the program.
const std::vector<DatasetSchema>& open_data_schema();

}  // namespace gongkai::gen

#pragma once
// What the search index holds for each record: the searchable text of a case,
// project, notice, unit or content page, grouped into independent sets.

#include "page_graph/output_plan.hpp"

#include <string>
#include <vector>

namespace gongkai::gen {

enum class DocKind { case_record, project, notice, unit, page };
std::string_view kind_id(DocKind k);     // "case", "project", "notice", "unit", "page"
std::string_view kind_label(DocKind k);  // 矛盾纠纷 ...

struct DocRef {
    DocKind kind;
    size_t index;  // into site.cases / projects / notices / config.units / pages
};

// Record types indexed separately, so editing a notice leaves the case
// index alone. Document numbers run oldest first (new records append, and
// the doc-store chunks of older records keep their bytes); search.js shows
// the highest numbers first.
struct SearchSet {
    std::string name;           // "cases" | "projects" | "notices" | "pages" (units and content pages)
    std::vector<DocRef> docs;   // docs[n] is document number n
};
std::vector<SearchSet> search_sets(const RenderContext& ctx);

struct SearchDoc {
    DocKind kind;
    std::string title;
    std::string url;   // relative to the site root
    std::string text;  // everything else searchable, plain text
    uint64_t content_hash = 0;
};
// Thread-safe (reads ctx only).
SearchDoc make_search_doc(const RenderContext& ctx, DocRef ref);

}  // namespace gongkai::gen

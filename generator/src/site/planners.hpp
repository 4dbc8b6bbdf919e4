#pragma once
// The page planners plan_html_pages() runs, one per kind of page. Internal to
// the site part.

#include "site/page_kit.hpp"

namespace gongkai::gen::site {

inline constexpr size_t kListPageSize = 50;

void plan_home(const SharedPtr& shared, OutputPlan& plan);
void plan_case_pages(const SharedPtr& shared, OutputPlan& plan);
void plan_case_lists(const SharedPtr& shared, OutputPlan& plan);
void plan_project_pages(const SharedPtr& shared, OutputPlan& plan);
void plan_notice_pages(const SharedPtr& shared, OutputPlan& plan);
void plan_unit_pages(const SharedPtr& shared, OutputPlan& plan);
// Content pages, search, 404.
void plan_other_pages(const SharedPtr& shared, OutputPlan& plan);

// Number of list pages for `count` items (at least 1, so an empty list
// still has its index page).
int page_count(size_t count);

}  // namespace gongkai::gen::site

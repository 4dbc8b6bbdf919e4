#include "site/page_kit.hpp"

#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"

#include <algorithm>

namespace gongkai::gen::site {

namespace {

struct MenuItem {
    std::string key;
    std::string label;
    std::string href;
};

std::vector<MenuItem> menu_items(const Site& site) {
    std::vector<MenuItem> items{
        {std::string(kHome), "首页", urls::home()},
        {std::string(kCases), "案件", urls::paged(urls::cases_dir, 1)},
        {std::string(kProjects), "项目", urls::paged(urls::projects_dir, 1)},
        {std::string(kNotices), "通知", urls::paged(urls::notices_dir, 1)},
        {std::string(kUnits), "辖区", urls::paged(urls::units_dir, 1)},
        {std::string(kSearch), "搜索", "search/index.html"},
    };
    std::vector<const Page*> pages;
    for (const Page& p : site.pages) pages.push_back(&p);
    std::stable_sort(pages.begin(), pages.end(), [](const Page* a, const Page* b) {
        return a->order != b->order ? a->order < b->order : a->id < b->id;
    });
    for (const Page* p : pages) items.push_back({"page:" + p->id, p->title, urls::content_page(p->id)});
    return items;
}

Data build_menu(const std::vector<MenuItem>& items, std::string_view current) {
    Data list = Data::list();
    for (const MenuItem& item : items)
        list.push(Data::map().set("label", item.label).set("href", item.href).set("current", item.key == current));
    return list;
}

}  // namespace

Shared::Shared(const RenderContext& c) : ctx(c), chrome(Data::map()) {
    const SiteConfig& cfg = c.site.config;
    chrome.set("site_title", cfg.title).set("site_description", cfg.description).set("lang", cfg.language);
    chrome.set("base_url", cfg.base_url);
    Data contacts = Data::list();
    for (const Contact& contact : cfg.contacts)
        contacts.push(Data::map().set("name", contact.name).set("number", contact.number));
    chrome.set("contacts", std::move(contacts));
    const std::vector<MenuItem> items = menu_items(c.site);
    for (const MenuItem& item : items) menus.emplace(item.key, build_menu(items, item.key));
    menus.emplace("", build_menu(items, ""));
    for (const Unit& u : cfg.units) units_by_id.emplace(u.id, &u);
    case_row_once = std::make_unique<std::once_flag[]>(c.site.cases.size());
    case_rows.resize(c.site.cases.size());
}

std::string_view Shared::unit_name(std::string_view id) const {
    auto it = units_by_id.find(id);
    return it == units_by_id.end() ? id : std::string_view(it->second->name);
}

const Data& Shared::menu(std::string_view section) const {
    auto it = menus.find(section);
    return it != menus.end() ? it->second : menus.find("")->second;
}

Data page_layer(const Shared& shared, std::string_view path, std::string_view title, std::string_view section) {
    Data page = Data::map();
    page.set("root", urls::root_prefix(path));
    page.set("title", title);
    page.set("menu", Data::ref(shared.menu(section)));
    page.set("canonical", urls::absolute(shared.site().config.base_url, path));
    page.set("updated", "");
    return page;
}

void show_updated(const Shared& shared, Data& page) {
    page.set("updated", display_date_time(shared.ctx.now));
}

std::string render_page(const Shared& shared, std::string_view page_template, const Data& page) {
    return shared.ctx.theme->render_page(page_template, {&shared.chrome, &page});
}

}  // namespace gongkai::gen::site

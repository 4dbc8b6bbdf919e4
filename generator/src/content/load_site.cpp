#include "content/load_site.hpp"

#include "content/calendar_loader.hpp"
#include "content/case_loader.hpp"
#include "content/content_cache.hpp"
#include "content/content_paths.hpp"
#include "content/parallel.hpp"
#include "content/record_loaders.hpp"
#include "content/site_config_loader.hpp"
#include "content/text_file.hpp"
#include "gongkai/hash.hpp"

#include <optional>

namespace gongkai::gen {

namespace fs = std::filesystem;

namespace {

// What one file contributed, kept apart per file so files can load on
// several threads and still merge in sorted order.
template <class T>
struct FileResult {
    std::vector<T> records;
    Diagnostics diags;
    std::string key;  // the path as shown
    bool cached = false;
};

struct Folder {
    const fs::path& dir;        // the content folder
    const std::string& root;    // how it is shown
    std::string name;           // "cases"

    std::string shown(const fs::path& file) const {
        return shown_path(root, name + "/" + file.filename().string());
    }
};

// Loads every file of `folder` with `parse(text, shown, records, diags)`, or
// from the cache when it has the file as it is, and appends the records in
// file order.
template <class T, class Parse>
void load_folder(const Folder& folder, const std::vector<std::string>& extensions, std::vector<T>& out,
                 Diagnostics& diags, CacheLocation* cache_location, unsigned threads, Parse parse) {
    const auto files = sorted_files(folder.dir / folder.name, extensions);
    std::optional<FolderCache<T>> cache;
    if (cache_location) cache.emplace(cache_location->dir / (folder.name + ".bin"), cache_location->program);
    auto results = map_in_parallel<FileResult<T>>(files.size(), [&](size_t i) {
        FileResult<T> result;
        result.key = folder.shown(files[i]);
        // Stamped before reading: an edit made while reading changes the stamp.
        const std::optional<FileStamp> stamp = cache ? trusted_stamp(files[i]) : std::nullopt;
        if (stamp) {
            if (auto records = cache->find(result.key, *stamp)) {
                result.records = std::move(*records);
                result.cached = true;
                return result;
            }
        }
        if (const auto text = read_text_file(files[i], result.key, result.diags))
            parse(files[i], *text, result.key, result.records, result.diags);
        if (stamp && result.diags.ok()) cache->keep(result.key, *stamp, result.records);
        return result;
    }, threads);
    if (cache) {
        std::vector<std::string> found;
        for (const auto& result : results)
            if (result.cached) found.push_back(result.key);
        cache->save(found);
        cache_location->files_reused += found.size();
        cache_location->files_parsed += results.size() - found.size();
        if (found.size() < results.size()) cache_location->folders_parsed.push_back(folder.name);
    }
    for (auto& result : results) {
        diags.append(result.diags);
        if (out.empty())
            out = std::move(result.records);  // a lone big register is not copied again
        else
            std::move(result.records.begin(), result.records.end(), std::back_inserter(out));
    }
}

template <class T>
void push(std::optional<T> record, std::vector<T>& out) {
    if (record) out.push_back(std::move(*record));
}

}  // namespace

Site load_site(const fs::path& content_dir, Diagnostics& diags, CacheLocation* cache, unsigned threads) {
    Site site;
    const std::string root = shown_root(content_dir);

    const std::string site_yaml = shown_path(root, "site.yaml");
    std::error_code ec;
    if (!fs::is_regular_file(content_dir / "site.yaml", ec)) {
        diags.error(site_yaml, 0, "", "site settings file is missing (expected site.yaml in the content folder)");
        site.config.notice_categories = default_notice_categories();
        site.config.deadline_classes = default_deadline_classes();
    } else if (const auto text = read_text_file(content_dir / "site.yaml", site_yaml, diags)) {
        site.config = load_site_config(*text, site_yaml, diags);
        site.config_hash = hash64(*text);
    }

    const Folder calendar{content_dir, root, "calendar"};
    for (const auto& file : sorted_files(content_dir / "calendar", {".yaml", ".yml"})) {
        const std::string shown = calendar.shown(file);
        if (const auto text = read_text_file(file, shown, diags)) {
            load_calendar(*text, shown, site.calendar, diags);
            site.config_hash = hash_combine(site.config_hash, hash64(*text));
        }
    }

    load_folder(Folder{content_dir, root, "cases"}, {".md", ".csv"}, site.cases, diags, cache, threads,
                [](const fs::path& file, std::string_view text, const std::string& shown, std::vector<Case>& out,
                   Diagnostics& d) {
                    if (file.extension() == ".csv")
                        load_case_csv(text, shown, out, d);
                    else
                        push(load_case_markdown(text, shown, d), out);
                });
    load_folder(Folder{content_dir, root, "projects"}, {".md"}, site.projects, diags, cache, threads,
                [](const fs::path&, std::string_view text, const std::string& shown, std::vector<Project>& out,
                   Diagnostics& d) { push(load_project(text, shown, d), out); });
    load_folder(Folder{content_dir, root, "notices"}, {".md"}, site.notices, diags, cache, threads,
                [](const fs::path&, std::string_view text, const std::string& shown, std::vector<Notice>& out,
                   Diagnostics& d) { push(load_notice(text, shown, d), out); });
    load_folder(Folder{content_dir, root, "pages"}, {".md"}, site.pages, diags, cache, threads,
                [](const fs::path& file, std::string_view text, const std::string& shown, std::vector<Page>& out,
                   Diagnostics& d) { push(load_page(text, shown, file.stem().string(), d), out); });
    return site;
}

}  // namespace gongkai::gen

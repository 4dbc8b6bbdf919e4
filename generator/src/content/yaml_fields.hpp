#pragma once
// Fields read from a YAML map (site.yaml, calendar files, front matter), with
// file lines from yaml-cpp's marks. yaml-cpp exceptions stop here and become
// Diagnostics. Internal to the generator: yaml-cpp types never reach core.

#include "content/fields.hpp"
#include "gongkai/records.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

// Parses one YAML document whose first line is file line `first_line`. An
// empty document is an empty map. A syntax error or a document that is not a
// map is reported and nullopt returned.
std::optional<YAML::Node> parse_yaml_map(std::string_view yaml, int first_line, const std::string& file,
                                         Diagnostics& diags);

class YamlFields : public Fields {
public:
    // REQUIRES: `map` is a YAML map parsed with the same `first_line`.
    // When `lines` is given, the line of every field (and of fields nested in
    // list items read with each_map) is recorded in it.
    YamlFields(YAML::Node map, int first_line, const std::string& file, Diagnostics& diags,
               Origin* lines = nullptr, std::string prefix = "");

    std::optional<std::string_view> scalar(std::string_view key) override;
    int line_of(std::string_view key) const override;
    int line() const { return line_; }

    // The value of `key` (a null node when absent), for nested maps and lists.
    YAML::Node node(std::string_view key);
    // Calls `fn` for every item of the list `key`; each item must be a map and
    // its fields are named "key[N].field" (N from 1). Unknown item fields are
    // reported after `fn` returns.
    void each_map(std::string_view key, const std::function<void(YamlFields&)>& fn);
    // A list of scalars; a single scalar counts as a list of one.
    std::vector<std::string> text_list(std::string_view key);
    // Reports every present field that no reader asked for (typos).
    void reject_unknown();

private:
    struct Entry {
        std::string key;
        YAML::Node value;
        int line = 0;
        bool used = false;
    };
    Entry* find(std::string_view key);
    const Entry* find(std::string_view key) const;
    void ask(std::string_view key);

    int first_line_;
    int line_;
    Origin* lines_;
    std::vector<Entry> entries_;
    std::vector<std::string> asked_;
};

}  // namespace gongkai::gen

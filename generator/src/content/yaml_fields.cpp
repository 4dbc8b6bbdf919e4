#include "content/yaml_fields.hpp"

#include <algorithm>

namespace gongkai::gen {

namespace {

int mark_line(const YAML::Mark& mark, int first_line) {
    return mark.line >= 0 ? first_line + mark.line : first_line;
}

const char* shape_of(const YAML::Node& node) {
    if (node.IsSequence()) return "a list";
    if (node.IsMap()) return "a map";
    return "a value";
}

// Levenshtein distance, for suggesting the field a typo meant.
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
        }
    }
    return row[b.size()];
}

// The known field within two edits of `key`, or "" when none is that close.
std::string closest(std::string_view key, const std::vector<std::string>& known) {
    std::string best;
    size_t best_distance = 3;
    for (const auto& k : known) {
        const size_t d = edit_distance(key, k);
        if (d < best_distance) {
            best_distance = d;
            best = k;
        }
    }
    return best;
}

}  // namespace

std::optional<YAML::Node> parse_yaml_map(std::string_view yaml, int first_line, const std::string& file,
                                         Diagnostics& diags) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        diags.error(file, mark_line(e.mark, first_line), "", "malformed YAML: " + e.msg);
        return std::nullopt;
    }
    if (!root || root.IsNull()) return YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap()) {
        diags.error(file, mark_line(root.Mark(), first_line), "",
                    std::string("expected 'field: value' lines, found ") + shape_of(root));
        return std::nullopt;
    }
    return root;
}

YamlFields::YamlFields(YAML::Node map, int first_line, const std::string& file, Diagnostics& diags,
                       Origin* lines, std::string prefix)
    : Fields(file, diags, std::move(prefix)),
      first_line_(first_line),
      line_(mark_line(map.Mark(), first_line)),
      lines_(lines) {
    for (const auto& kv : map) {
        Entry entry;
        entry.key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
        entry.value = kv.second;
        entry.line = mark_line(kv.first.Mark(), first_line);
        if (find(entry.key) != nullptr) {
            diagnostics().error(file, entry.line, field_name(entry.key), "field appears more than once");
            continue;
        }
        if (lines_ != nullptr) lines_->field_lines.emplace_back(field_name(entry.key), entry.line);
        entries_.push_back(std::move(entry));
    }
}

YamlFields::Entry* YamlFields::find(std::string_view key) {
    for (auto& e : entries_)
        if (e.key == key) return &e;
    return nullptr;
}

const YamlFields::Entry* YamlFields::find(std::string_view key) const {
    for (const auto& e : entries_)
        if (e.key == key) return &e;
    return nullptr;
}

void YamlFields::ask(std::string_view key) {
    if (std::find(asked_.begin(), asked_.end(), key) == asked_.end()) asked_.emplace_back(key);
}

int YamlFields::line_of(std::string_view key) const {
    const Entry* e = find(key);
    return e != nullptr ? e->line : line_;
}

std::optional<std::string_view> YamlFields::scalar(std::string_view key) {
    ask(key);
    Entry* e = find(key);
    if (e == nullptr) return std::nullopt;
    e->used = true;
    if (!e->value || e->value.IsNull()) return std::nullopt;
    if (!e->value.IsScalar()) {
        error(key, std::string("expected a single value, found ") + shape_of(e->value));
        return std::nullopt;
    }
    const std::string& s = e->value.Scalar();
    if (s.empty()) return std::nullopt;
    return std::string_view(s);
}

YAML::Node YamlFields::node(std::string_view key) {
    ask(key);
    Entry* e = find(key);
    if (e == nullptr) return YAML::Node();
    e->used = true;
    return e->value;
}

void YamlFields::each_map(std::string_view key, const std::function<void(YamlFields&)>& fn) {
    const YAML::Node list = node(key);
    if (!list || list.IsNull()) return;
    if (!list.IsSequence()) {
        error(key, std::string("expected a list of items, found ") + shape_of(list));
        return;
    }
    int index = 1;
    for (const auto& item : list) {
        const std::string prefix = field_name(key) + "[" + std::to_string(index++) + "].";
        if (!item.IsMap()) {
            diagnostics().error(file(), mark_line(item.Mark(), first_line_), prefix.substr(0, prefix.size() - 1),
                                std::string("expected an item with fields like {field: value}, found ") +
                                    shape_of(item));
            continue;
        }
        YamlFields fields(item, first_line_, file(), diagnostics(), lines_, prefix);
        fn(fields);
        fields.reject_unknown();
    }
}

std::vector<std::string> YamlFields::text_list(std::string_view key) {
    std::vector<std::string> out;
    const YAML::Node list = node(key);
    if (!list || list.IsNull()) return out;
    if (list.IsScalar()) {
        if (!list.Scalar().empty()) out.push_back(list.Scalar());
        return out;
    }
    if (!list.IsSequence()) {
        error(key, "expected a list like [a, b], found a map");
        return out;
    }
    int index = 1;
    for (const auto& item : list) {
        if (!item.IsScalar()) {
            diagnostics().error(file(), mark_line(item.Mark(), first_line_),
                                field_name(key) + "[" + std::to_string(index) + "]",
                                std::string("expected a single value, found ") + shape_of(item));
        } else {
            out.push_back(item.Scalar());
        }
        ++index;
    }
    return out;
}

void YamlFields::reject_unknown() {
    std::string allowed;
    for (const auto& k : asked_) {
        if (!allowed.empty()) allowed += ", ";
        allowed += k;
    }
    for (const auto& e : entries_) {
        if (e.used || std::find(asked_.begin(), asked_.end(), e.key) != asked_.end()) continue;
        std::string message = "unknown field (expected one of: " + allowed + ")";
        if (const std::string guess = closest(e.key, asked_); !guess.empty())
            message = "unknown field; did you mean '" + guess + "'? (expected one of: " + allowed + ")";
        diagnostics().error(file(), e.line, field_name(e.key), std::move(message));
    }
}

}  // namespace gongkai::gen

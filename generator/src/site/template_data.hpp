#pragma once
// The values a page template sees: null, bool, text, list, or a map of named
// values. Our own type rather than mstch::node so page builders do not depend
// on the template engine (and because mstch turned out too slow; see
// mustache.hpp).

#include <concepts>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace gongkai::gen {

class Data {
public:
    using List = std::vector<Data>;
    using Map = std::vector<std::pair<std::string, Data>>;  // few keys: linear search beats hashing

    Data() = default;
    Data(bool b) : value_(b) {}
    Data(std::string s) : value_(std::move(s)) {}
    Data(std::string_view s) : value_(std::string(s)) {}
    Data(const char* s) : value_(std::string(s)) {}
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    Data(T n) : value_(std::to_string(n)) {}
    Data(List list) : value_(std::move(list)) {}

    static Data map() { Data d; d.value_ = Map{}; return d; }
    // A map with room for `keys` entries (saves reallocations on hot paths).
    static Data map(size_t keys) {
        Map m;
        m.reserve(keys);
        Data d;
        d.value_ = std::move(m);
        return d;
    }
    static Data list() { Data d; d.value_ = List{}; return d; }
    // A non-owning reference, so data shared by many pages (navigation,
    // contacts) is built once. REQUIRES: `target` outlives this value.
    static Data ref(const Data& target) { Data d; d.value_ = &target; return d; }

    // REQUIRES: this is a map. Replaces an existing key. Returns *this.
    Data& set(std::string_view key, Data value);
    // REQUIRES: this is a list.
    Data& push(Data value);

    // The value under `key` when this is a map holding it; null otherwise.
    const Data* find(std::string_view key) const;
    const List* as_list() const { return std::get_if<List>(&resolved().value_); }
    const std::string* as_text() const { return std::get_if<std::string>(&resolved().value_); }
    // Mustache falsiness: null, false, "" and [] are false; everything else true.
    bool truthy() const;
    // Text form for {{name}}: text as is, true as "true", everything else "".
    std::string_view text() const;
    size_t size() const;  // list length; 0 for non-lists

private:
    const Data& resolved() const;
    std::variant<std::monostate, bool, std::string, List, Map, const Data*> value_;
};

}  // namespace gongkai::gen

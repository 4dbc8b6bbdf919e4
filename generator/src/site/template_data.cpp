#include "site/template_data.hpp"

namespace gongkai::gen {

Data& Data::set(std::string_view key, Data value) {
    Map& m = std::get<Map>(value_);
    for (auto& [k, v] : m) {
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    }
    m.emplace_back(std::string(key), std::move(value));
    return *this;
}

Data& Data::push(Data value) {
    std::get<List>(value_).push_back(std::move(value));
    return *this;
}

const Data& Data::resolved() const {
    const Data* d = this;
    while (const Data* const* target = std::get_if<const Data*>(&d->value_)) d = *target;
    return *d;
}

const Data* Data::find(std::string_view key) const {
    const Map* m = std::get_if<Map>(&resolved().value_);
    if (!m) return nullptr;
    for (const auto& [k, v] : *m)
        if (k == key) return &v;
    return nullptr;
}

bool Data::truthy() const {
    const auto& v = resolved().value_;
    if (std::holds_alternative<std::monostate>(v)) return false;
    if (const bool* b = std::get_if<bool>(&v)) return *b;
    if (const std::string* s = std::get_if<std::string>(&v)) return !s->empty();
    if (const List* l = std::get_if<List>(&v)) return !l->empty();
    return true;
}

std::string_view Data::text() const {
    const auto& v = resolved().value_;
    if (const std::string* s = std::get_if<std::string>(&v)) return *s;
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "true" : "";
    return {};
}

size_t Data::size() const {
    const List* l = as_list();
    return l ? l->size() : 0;
}

}  // namespace gongkai::gen

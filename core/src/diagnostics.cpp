#include "gongkai/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace gongkai {

std::string format(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    out += ": ";
    if (!d.field.empty()) out += d.field + ": ";
    out += d.message;
    return out;
}

void Diagnostics::error(std::string file, int line, std::string field, std::string message) {
    items_.push_back(Diagnostic{std::move(file), line, std::move(field), std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line, a.field, a.message) < std::tie(b.file, b.line, b.field, b.message);
    });
    return out;
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

}  // namespace gongkai

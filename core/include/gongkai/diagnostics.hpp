#pragma once
// Errors are values that carry file, line and field to the person who must fix
// the content. Third-party parser exceptions are caught where they are thrown
// and turned into these.

#include <string>
#include <vector>

namespace gongkai {

struct Diagnostic {
    std::string file;   // path as the user gave it, e.g. "content/cases/a.md"
    int line = 0;       // 1-based; 0 when the problem has no line (missing file)
    std::string field;  // e.g. "unit", "funding[1].amount"; empty for file-level problems
    std::string message;  // says what is wrong and what was expected
};

// "content/cases/a.md:7: unit: unknown unit id 'xx' (expected an id from site.yaml units)"
std::string format(const Diagnostic& d);

class Diagnostics {
public:
    void error(std::string file, int line, std::string field, std::string message);
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    bool ok() const { return items_.empty(); }
    size_t count() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Sorted by file, line, field, message: stable output for tests and users.
    std::vector<Diagnostic> sorted() const;
    void append(const Diagnostics& other);

private:
    std::vector<Diagnostic> items_;
};

}  // namespace gongkai

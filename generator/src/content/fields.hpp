#pragma once
// Typed reading of one record's named fields, with the same checks and the
// same wording whether the record is YAML front matter or a CSV row. Every
// problem becomes a Diagnostic naming file, line and field; readers return
// nullopt for a missing or bad value and carry on, so all problems are seen.

#include "gongkai/date.hpp"
#include "gongkai/diagnostics.hpp"
#include "gongkai/money.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace gongkai::gen {

enum class Need { optional, required };

// True for ids matching [A-Za-z0-9][A-Za-z0-9_-]* of at most 64 characters.
bool is_valid_id(std::string_view id);

class Fields {
public:
    // `file` is the path as shown to users; `prefix` is put before every field
    // name in messages ("timeline[2]."). Both must outlive this object.
    Fields(const std::string& file, Diagnostics& diags, std::string prefix = "")
        : file_(file), diags_(diags), prefix_(std::move(prefix)) {}
    virtual ~Fields() = default;
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;

    // The field's text, trimmed; nullopt when absent, null or empty. A value
    // of the wrong shape (a YAML list where text belongs) is reported.
    virtual std::optional<std::string_view> scalar(std::string_view key) = 0;
    // File line of the field, or of the record when the field is absent.
    virtual int line_of(std::string_view key) const = 0;

    void error(std::string_view key, std::string message);
    const std::string& file() const { return file_; }
    Diagnostics& diagnostics() { return diags_; }
    std::string field_name(std::string_view key) const { return prefix_ + std::string(key); }

    std::optional<std::string> text(std::string_view key, Need need);
    std::optional<std::string> id(std::string_view key, Need need);
    std::optional<Date> date(std::string_view key, Need need);
    std::optional<DateTime> date_time(std::string_view key, Need need);
    std::optional<Money> money(std::string_view key, Need need);
    std::optional<int64_t> integer(std::string_view key, Need need);
    std::optional<bool> boolean(std::string_view key, Need need);

    // One of a fixed vocabulary, e.g. choice(key, Need::required, parse_channel, all_channels()).
    // `id_of` must be callable on E.
    template <class E>
    std::optional<E> choice(std::string_view key, Need need, std::optional<E> (*parse)(std::string_view),
                            std::span<const E> all);

protected:
    // Reports a missing required field; `expected` describes a valid value.
    void missing(std::string_view key, Need need, std::string_view expected);

private:
    const std::string& file_;
    Diagnostics& diags_;
    std::string prefix_;
};

template <class E>
std::optional<E> Fields::choice(std::string_view key, Need need, std::optional<E> (*parse)(std::string_view),
                                std::span<const E> all) {
    std::string allowed;
    for (const E e : all) {
        if (!allowed.empty()) allowed += ", ";
        allowed += id_of(e);
    }
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "one of: " + allowed);
        return std::nullopt;
    }
    if (auto value = parse(*raw)) return value;
    error(key, "unknown value '" + std::string(*raw) + "' (expected one of: " + allowed + ")");
    return std::nullopt;
}

}  // namespace gongkai::gen

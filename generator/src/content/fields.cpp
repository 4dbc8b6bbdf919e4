#include "content/fields.hpp"

#include <charconv>

namespace gongkai::gen {

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    auto alnum = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    if (!alnum(id[0])) return false;
    for (char c : id)
        if (!alnum(c) && c != '-' && c != '_') return false;
    return true;
}

void Fields::error(std::string_view key, std::string message) {
    diags_.error(file_, line_of(key), field_name(key), std::move(message));
}

void Fields::missing(std::string_view key, Need need, std::string_view expected) {
    if (need == Need::required) error(key, "required field is missing (expected " + std::string(expected) + ")");
}

std::optional<std::string> Fields::text(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "text");
        return std::nullopt;
    }
    return std::string(*raw);
}

std::optional<std::string> Fields::id(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "an id");
        return std::nullopt;
    }
    if (!is_valid_id(*raw)) {
        error(key, "'" + std::string(*raw) +
                       "' is not a valid id (expected letters, digits, '-' and '_', starting with a letter "
                       "or digit, at most 64 characters)");
        return std::nullopt;
    }
    return std::string(*raw);
}

std::optional<Date> Fields::date(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "a date YYYY-MM-DD");
        return std::nullopt;
    }
    if (auto d = Date::parse(*raw)) return d;
    error(key, "'" + std::string(*raw) + "' is not a valid date (expected YYYY-MM-DD)");
    return std::nullopt;
}

std::optional<DateTime> Fields::date_time(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "a date-time YYYY-MM-DD HH:MM");
        return std::nullopt;
    }
    if (auto dt = DateTime::parse(*raw)) return dt;
    error(key, "'" + std::string(*raw) + "' is not a valid date-time (expected YYYY-MM-DD HH:MM or YYYY-MM-DD)");
    return std::nullopt;
}

std::optional<Money> Fields::money(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "an amount in yuan");
        return std::nullopt;
    }
    if (auto m = Money::parse(*raw)) return m;
    error(key, "'" + std::string(*raw) +
                   "' is not an amount (expected yuan with at most two decimals, e.g. 1200000 or 35800.50)");
    return std::nullopt;
}

std::optional<int64_t> Fields::integer(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "a whole number");
        return std::nullopt;
    }
    int64_t value = 0;
    const char* begin = raw->data();
    const char* end = begin + raw->size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc{} || ptr != end) {
        error(key, "'" + std::string(*raw) + "' is not a whole number (expected digits, e.g. 60)");
        return std::nullopt;
    }
    return value;
}

std::optional<bool> Fields::boolean(std::string_view key, Need need) {
    const auto raw = scalar(key);
    if (!raw) {
        missing(key, need, "true or false");
        return std::nullopt;
    }
    if (*raw == "true" || *raw == "True" || *raw == "TRUE") return true;
    if (*raw == "false" || *raw == "False" || *raw == "FALSE") return false;
    error(key, "'" + std::string(*raw) + "' is not true or false");
    return std::nullopt;
}

}  // namespace gongkai::gen

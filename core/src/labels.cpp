#include "gongkai/labels.hpp"

#include <array>
#include <cstdio>

namespace gongkai {

namespace {

// Indexed by enum value; a new Lang adds a column here, not new call sites.
template <typename Enum, size_t N>
std::string_view pick(const std::array<std::string_view, N>& zh, Enum value, Lang) {
    const auto index = static_cast<size_t>(value);
    return index < N ? zh[index] : std::string_view{};
}

constexpr std::array<std::string_view, 5> channel_zh{"来访", "12345热线", "网格巡查", "信访", "网上"};
constexpr std::array<std::string_view, 5> case_status_zh{"已受理", "办理中", "已化解", "未化解", "已移交"};
constexpr std::array<std::string_view, 4> satisfaction_zh{"满意", "基本满意", "不满意", "未评价"};
constexpr std::array<std::string_view, 4> project_status_zh{"计划中", "实施中", "已完成", "暂停"};
constexpr std::array<std::string_view, 2> priority_zh{"一般", "紧急"};
constexpr std::array<std::string_view, 6> unit_kind_zh{"区/旗", "街道", "镇", "社区", "村", "网格"};
// Verdict is about the first response against the deadline, not the closing:
// "按时答复" avoids telling residents a case is 办结 when it is still being handled.
constexpr std::array<std::string_view, 4> verdict_zh{"按时答复", "超时答复", "办理中", "已逾期"};
constexpr std::array<std::string_view, 3> notice_state_zh{"即将生效", "生效中", "已过期"};
constexpr std::array<std::string_view, 7> weekday_zh{"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

}  // namespace

std::string_view label(Channel v, Lang lang) { return pick(channel_zh, v, lang); }
std::string_view label(CaseStatus v, Lang lang) { return pick(case_status_zh, v, lang); }
std::string_view label(Satisfaction v, Lang lang) { return pick(satisfaction_zh, v, lang); }
std::string_view label(ProjectStatus v, Lang lang) { return pick(project_status_zh, v, lang); }
std::string_view label(Priority v, Lang lang) { return pick(priority_zh, v, lang); }
std::string_view label(UnitKind v, Lang lang) { return pick(unit_kind_zh, v, lang); }
std::string_view label(Verdict v, Lang lang) { return pick(verdict_zh, v, lang); }
std::string_view label(NoticeState v, Lang lang) { return pick(notice_state_zh, v, lang); }

std::string_view weekday_label(unsigned iso_weekday, Lang) {
    if (iso_weekday < 1 || iso_weekday > 7) return {};
    return weekday_zh[iso_weekday - 1];
}

std::string display_date(Date d, Lang) {
    return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) +
           "日";
}

std::string display_date_time(DateTime t, Lang lang) { return display_date(t.date, lang) + " " + t.hhmm(); }

std::string display_end(DateTime exclusive_end, Lang lang) {
    if (exclusive_end.minute_of_day == 0) return display_date(exclusive_end.date - 1, lang);
    return display_date_time(exclusive_end, lang);
}

std::string display_percent(std::optional<double> ratio) {
    if (!ratio) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", *ratio * 100);
    return buf;
}

}  // namespace gongkai

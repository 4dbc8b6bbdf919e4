#pragma once
// Every label shown to people for our fixed vocabularies, in one place, so a
// second language (traditional Mongolian) can be added beside zh-CN.
// Category labels come from site.yaml instead.

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"

#include <string_view>

namespace gongkai {

enum class Lang { zh_CN };

std::string_view label(Channel, Lang = Lang::zh_CN);       // 来访 / 12345热线 / 网格巡查 / 信访 / 网上
std::string_view label(CaseStatus, Lang = Lang::zh_CN);    // 已受理 / 办理中 / 已化解 / 未化解 / 已移交
std::string_view label(Satisfaction, Lang = Lang::zh_CN);  // 满意 / 基本满意 / 不满意 / 未评价
std::string_view label(ProjectStatus, Lang = Lang::zh_CN); // 计划中 / 实施中 / 已完成 / 暂停
std::string_view label(Priority, Lang = Lang::zh_CN);      // 一般 / 紧急
std::string_view label(UnitKind, Lang = Lang::zh_CN);      // 区/旗 / 街道 / 镇 / 社区 / 村 / 网格
std::string_view label(Verdict, Lang = Lang::zh_CN);       // 按时答复 / 超时答复 / 办理中 / 已逾期
std::string_view label(NoticeState, Lang = Lang::zh_CN);   // 即将生效 / 生效中 / 已过期

// "周一".."周日" for ISO weekday 1..7.
std::string_view weekday_label(unsigned iso_weekday, Lang = Lang::zh_CN);
// "2025年6月13日"
std::string display_date(Date d, Lang = Lang::zh_CN);
// "2025年6月13日 08:30"
std::string display_date_time(DateTime t, Lang = Lang::zh_CN);
// The end of an exclusive range (a notice's valid_until) as people read it:
// a midnight end is the whole day before ("2025年6月20日" for 2025-06-21
// 00:00, "through that day"); any other end is shown with its time.
std::string display_end(DateTime exclusive_end, Lang = Lang::zh_CN);
// "85.3%" with one decimal; "—" when absent.
std::string display_percent(std::optional<double> ratio);

}  // namespace gongkai

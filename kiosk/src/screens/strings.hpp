#pragma once
// Every kiosk UI string, in one place (labels for record vocabularies live in
// core's labels.hpp), so a second language can be added beside zh-CN.

#include <string>
#include <string_view>

namespace gongkai::kiosk::ui {

inline constexpr std::string_view back = "返回";
inline constexpr std::string_view home = "首页";
inline constexpr std::string_view large_text = "大字";
inline constexpr std::string_view normal_text = "标准字";
inline constexpr std::string_view high_contrast = "高对比";
inline constexpr std::string_view normal_contrast = "标准色";

inline constexpr std::string_view tile_notices = "通知公告";
inline constexpr std::string_view tile_cases = "矛盾纠纷化解";
inline constexpr std::string_view tile_projects = "民生实事";
inline constexpr std::string_view tile_units = "社区村居";
inline constexpr std::string_view tile_about = "中心介绍";

inline constexpr std::string_view urgent_ticker = "紧急通知";
inline constexpr std::string_view key_figures = "本年数据";
inline constexpr std::string_view figures = "数据";
inline constexpr std::string_view fig_received = "受理案件";
inline constexpr std::string_view fig_resolved = "化解案件";
inline constexpr std::string_view fig_resolution_rate = "化解率";
inline constexpr std::string_view fig_on_time_rate = "按时响应率";
inline constexpr std::string_view fig_projects = "民生项目";
inline constexpr std::string_view fig_investment = "项目投资";
inline constexpr std::string_view fig_active_notices = "有效通知";
inline constexpr std::string_view fig_overdue = "逾期未响应";
inline constexpr std::string_view unit_cases = "件";
inline constexpr std::string_view unit_items = "项";
inline constexpr std::string_view unit_yuan = "元";
inline constexpr std::string_view unit_people = "人";

inline constexpr std::string_view notices_active = "生效中";
inline constexpr std::string_view notices_upcoming = "即将生效";
inline constexpr std::string_view notices_expired = "已过期（最近）";
inline constexpr std::string_view no_notices = "暂无通知";
inline constexpr std::string_view valid_period = "有效期";
inline constexpr std::string_view until_further = "长期有效";
inline constexpr std::string_view contact = "咨询电话";
inline constexpr std::string_view audience = "适用范围";
inline constexpr std::string_view whole_site = "全辖区";

inline constexpr std::string_view cases_by_level = "按等级";
inline constexpr std::string_view cases_by_category = "按类别";
inline constexpr std::string_view cases_all = "全部案件";
inline constexpr std::string_view case_list = "案件列表";
inline constexpr std::string_view page_prev = "上一页";
inline constexpr std::string_view page_next = "下一页";
inline constexpr std::string_view received = "受理日期";
inline constexpr std::string_view deadline = "办理时限";
inline constexpr std::string_view responded = "首次答复";
inline constexpr std::string_view closed = "办结日期";
inline constexpr std::string_view verdict = "时限评价";
inline constexpr std::string_view status = "状态";
inline constexpr std::string_view channel = "来源";
inline constexpr std::string_view level = "等级";
inline constexpr std::string_view category = "类别";
inline constexpr std::string_view unit = "所属";
inline constexpr std::string_view satisfaction = "满意度";
inline constexpr std::string_view recovered = "挽回金额";
inline constexpr std::string_view timeline = "办理过程";
inline constexpr std::string_view outcome = "办理结果";

inline constexpr std::string_view progress = "进度";
inline constexpr std::string_view budget = "预算";
inline constexpr std::string_view spent = "已支出";
inline constexpr std::string_view funding = "资金来源";
inline constexpr std::string_view beneficiaries = "受益人数";
inline constexpr std::string_view milestones = "节点";
inline constexpr std::string_view quantities = "建设内容";
inline constexpr std::string_view start = "开工";
inline constexpr std::string_view planned_end = "计划完成";
inline constexpr std::string_view completed = "完成日期";
inline constexpr std::string_view done = "已完成";
inline constexpr std::string_view not_done = "未完成";

inline constexpr std::string_view choose_unit = "请选择社区或村";
inline constexpr std::string_view unit_notices = "本社区通知";
inline constexpr std::string_view unit_projects = "本社区项目";

inline constexpr std::string_view opening_hours = "开放时间";
inline constexpr std::string_view services = "办事项目";
inline constexpr std::string_view address = "地址";
inline constexpr std::string_view contacts = "联系电话";

inline constexpr std::string_view scan_qr = "手机扫码查看";
inline constexpr std::string_view data_as_of = "数据更新于 ";
inline constexpr std::string_view updating_title = "信息更新中";
inline constexpr std::string_view updating_body = "请稍候，信息正在更新。如需帮助，请到服务台咨询。";

inline constexpr std::string_view idle_warning = "还在使用吗？";
inline constexpr std::string_view idle_seconds_left = "秒后返回首页";
inline constexpr std::string_view keep_using = "继续";
inline constexpr std::string_view attract_touch = "轻触屏幕开始使用";
inline constexpr std::string_view attract_pause = "暂停";
inline constexpr std::string_view attract_resume = "继续播放";
inline constexpr std::string_view completed_project = "已完成项目";

inline constexpr std::string_view pin_title = "工作人员退出";
inline constexpr std::string_view pin_ok = "确定";
inline constexpr std::string_view pin_delete = "删除";
inline constexpr std::string_view pin_cancel = "取消";
inline constexpr std::string_view pin_wrong = "密码错误";

}  // namespace gongkai::kiosk::ui

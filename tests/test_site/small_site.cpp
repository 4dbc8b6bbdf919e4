// The generator's small site (test_site.hpp).
#include "test_site.hpp"

namespace gongkai::test_site {

Site small_site() {
    Site s;
    SiteConfig& c = s.config;
    c.title = "新城区基层治理公开平台";
    c.description = "矛盾纠纷化解、民生项目和通知公告公开";
    c.base_url = "https://gongkai.example.gov.cn/";
    c.units = {{"xincheng", "新城区", UnitKind::district, "", 0},
               {"dongjie", "东街街道", UnitKind::subdistrict, "xincheng", 1},
               {"dongjie-hongqi", "红旗社区", UnitKind::community, "dongjie", 2}};
    c.case_categories = {{"property", "物业服务"}, {"labour", "劳动争议"}};
    c.project_categories = {{"transport", "交通出行"}};
    c.notice_categories = {{"water", "停水"}, {"anti_fraud", "防范诈骗"}};
    c.deadline_classes = {{"consult", "一般性咨询", 1, "1个工作日内答复"}, {"general", "一般矛盾纠纷", 3, "3个工作日内反馈"}};
    c.contacts = {{"东街街道综治中心", "0471-6901234"}};

    Case a;
    a.id = "DJ-2025-0001";
    a.title = "小区电梯停运引发的物业纠纷";
    a.unit = "dongjie-hongqi";
    a.category = "property";
    a.level = "general";
    a.received = Date::from_ymd(2025, 6, 13);
    a.responded = Date::from_ymd(2025, 6, 16);
    a.closed = Date::from_ymd(2025, 6, 20);
    a.status = CaseStatus::resolved;
    a.satisfaction = Satisfaction::satisfied;
    a.amount_recovered = Money{3580050};
    a.timeline = {{Date::from_ymd(2025, 6, 13), "收集", "居民来访反映电梯停运"}};
    a.body = "居民王某（化名）反映，电梯停运三天。经协调，**物业公司**当日维修。\n\n说明里有逗号,引号\"和换行";
    a.content_hash = 101;

    Case b;
    b.id = "DJ-2025-0002";
    b.title = "拖欠工资";
    b.unit = "dongjie";
    b.category = "labour";
    b.channel = Channel::hotline_12345;
    b.level = "consult";
    b.received = Date::from_ymd(2025, 7, 1);
    b.status = CaseStatus::in_progress;
    b.body = "工地拖欠工资，已转交劳动监察。";
    b.content_hash = 102;

    Case d;
    d.id = "DJ-2025-0003";
    d.title = "楼道堆物";
    d.unit = "dongjie-hongqi";
    d.category = "property";
    d.level = "general";
    d.received = Date::from_ymd(2025, 5, 6);
    d.responded = Date::from_ymd(2025, 5, 7);
    d.status = CaseStatus::received;
    d.body = "网格员巡查发现楼道堆物，物业已清理。";
    d.content_hash = 103;
    s.cases = {a, b, d};

    Project p;
    p.id = "DJ-P-2025-03";
    p.title = "25个小区新能源汽车充电桩建设";
    p.units = {"dongjie-hongqi", "dongjie"};
    p.category = "transport";
    p.status = ProjectStatus::in_progress;
    p.budget = Money::from_yuan(1560000);
    p.funding = {{"区级财政", Money::from_yuan(560000)}, {"社会资本", Money::from_yuan(1000000)}};
    p.spent = Money::from_yuan(820000);
    p.beneficiaries = 12000;
    p.start = Date::from_ymd(2025, 4, 1);
    p.progress = 60;
    p.milestones = {{Date::from_ymd(2025, 5, 15), "完成选址", true}};
    p.quantities = {{"充电桩", 78, "个"}};
    p.body = "与物业企业共同选址。";
    p.content_hash = 201;
    s.projects = {p};

    Notice n1;
    n1.id = "DJ-N-2025-014";
    n1.title = "6月20日红旗社区临时停水通知";
    n1.category = "water";
    n1.units = {"dongjie-hongqi"};
    n1.published = at("2025-06-18 09:00");
    n1.valid_from = at("2025-06-20 08:00");
    n1.valid_until = at("2025-06-20 18:00");
    n1.priority = Priority::urgent;
    n1.contact = "0471-6901234";
    n1.body = "因管网维修，红旗社区6月20日8:00至18:00停水，请提前储水; 详情见物业公告，谢谢配合, 特此通知。"
              "这是一段很长的说明文字用于测试折行：水水水水水水水水水水水水水水水水水水水水水水水水水水水水水水水。";
    n1.content_hash = 301;
    Notice n2;
    n2.id = "DJ-N-2025-020";
    n2.title = "警惕冒充客服退款诈骗 & <提醒>";
    n2.category = "anti_fraud";
    n2.published = at("2025-07-02 10:30");
    n2.valid_from = at("2025-07-02 00:00");
    n2.body = "不要点击陌生链接。";
    n2.content_hash = 302;
    s.notices = {n1, n2};

    Page pg;
    pg.id = "about";
    pg.title = "关于服务中心";
    pg.body = "中心提供物业纠纷调解、法律咨询。";
    pg.content_hash = 401;
    s.pages = {pg};
    return s;
}

}  // namespace gongkai::test_site

#include "screens/screens.hpp"
#include "screens/strings.hpp"

namespace gongkai::kiosk {

float compose_notices(Composer& c, const ScreenContext& ctx) {
    const Metrics& m = c.metrics();
    NoticeListModel model = notice_list_model(*ctx.snapshot, ctx.now);
    float y = 10 * m.u;
    if (model.sections.empty()) return c.text(m.margin, y + 20 * m.u, m.content_width(), ui::no_notices, m.body_px);
    for (const Section& s : model.sections) {
        y = compose_section_heading(c, y, s.heading);
        y = compose_rows(c, y, s.rows, ScreenId::notice);
    }
    return y;
}

float compose_notice(Composer& c, const ScreenContext& ctx, const std::string& id) {
    const Metrics& m = c.metrics();
    auto model = notice_detail_model(*ctx.snapshot, id, ctx.now);
    if (!model) return 0;
    float y = compose_title(c, 0, model->title, model->badge,
                            model->urgent ? Priority::urgent : Priority::normal);
    y = compose_fields_with_qr(c, y, model->fields, model->qr_url);
    c.fill(Rect{m.margin, y, m.content_width(), 2 * m.u}, Colour::border);
    return c.markdown(m.margin, y + 20 * m.u, m.content_width(), markdown_blocks(model->body_markdown));
}

}  // namespace gongkai::kiosk

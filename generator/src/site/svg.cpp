#include "site/svg.hpp"

#include "site/mustache.hpp"

#include <algorithm>
#include <cstdio>

namespace gongkai::gen::site {

namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.ends_with(".0")) s.resize(s.size() - 2);
    return s;
}

std::string open_svg(std::string_view id, double w, double h, std::string_view title, std::string_view desc,
                     std::string_view css_class) {
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + std::string(css_class) +
                      "\" viewBox=\"0 0 " + num(w) + " " + num(h) + "\" role=\"img\" aria-labelledby=\"" +
                      html_escape(id) + "-t" + (desc.empty() ? "" : " " + html_escape(id) + "-d") + "\">";
    out += "<title id=\"" + html_escape(id) + "-t\">" + html_escape(title) + "</title>";
    if (!desc.empty()) out += "<desc id=\"" + html_escape(id) + "-d\">" + html_escape(desc) + "</desc>";
    return out;
}

std::string text(double x, double y, std::string_view anchor, std::string_view content, std::string_view cls = "") {
    std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + std::string(anchor) + "\"";
    if (!cls.empty()) out += " class=\"" + std::string(cls) + "\"";
    return out + ">" + html_escape(content) + "</text>";
}

std::string rect(double x, double y, double w, double h, std::string_view cls) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) +
           "\" class=\"" + std::string(cls) + "\"/>";
}

int64_t max_value(const std::vector<BarGroup>& groups) {
    int64_t m = 0;
    for (const BarGroup& g : groups)
        for (int64_t v : g.values) m = std::max(m, v);
    return m;
}

}  // namespace

std::string column_chart_svg(std::string_view id, std::string_view title, std::string_view desc,
                             const std::vector<BarSeries>& series, const std::vector<BarGroup>& groups) {
    const double left = 8, top = 40, plot_h = 160, label_h = 28, slot = 30;
    const double w = left * 2 + slot * double(std::max<size_t>(groups.size(), 1));
    const double h = top + plot_h + label_h;
    const double bar_w = (slot - 4) / double(std::max<size_t>(series.size(), 1));
    const int64_t top_value = std::max<int64_t>(max_value(groups), 1);
    std::string out = open_svg(id, w, h, title, desc, "chart chart-columns");
    // Legend along the top.
    double lx = left;
    for (const BarSeries& s : series) {
        out += rect(lx, 8, 14, 14, s.css);
        out += text(lx + 20, 20, "start", s.name);
        lx += 30 + 16 * double(s.name.size() / 3);
    }
    out += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + plot_h) + "\" x2=\"" + num(w - left) + "\" y2=\"" +
           num(top + plot_h) + "\" class=\"axis\"/>";
    for (size_t g = 0; g < groups.size(); ++g) {
        const double x0 = left + slot * double(g) + 2;
        for (size_t k = 0; k < groups[g].values.size() && k < series.size(); ++k) {
            const int64_t v = groups[g].values[k];
            const double bh = plot_h * double(v) / double(top_value);
            const double x = x0 + bar_w * double(k);
            out += rect(x, top + plot_h - bh, bar_w - 2, bh, series[k].css);
            if (v > 0) out += text(x + (bar_w - 2) / 2, top + plot_h - bh - 4, "middle", std::to_string(v), "v");
        }
        out += text(x0 + (slot - 4) / 2, top + plot_h + 20, "middle", groups[g].label);
    }
    return out + "</svg>";
}

std::string bar_chart_svg(std::string_view id, std::string_view title, std::string_view desc,
                          const std::vector<BarGroup>& rows) {
    const double label_w = 110, plot_w = 200, value_w = 50, row_h = 32;
    const double w = label_w + plot_w + value_w, h = row_h * double(std::max<size_t>(rows.size(), 1)) + 8;
    const int64_t top_value = std::max<int64_t>(max_value(rows), 1);
    std::string out = open_svg(id, w, h, title, desc, "chart chart-bars");
    for (size_t r = 0; r < rows.size(); ++r) {
        const double y = 4 + row_h * double(r);
        const int64_t v = rows[r].values.empty() ? 0 : rows[r].values.front();
        const double bw = plot_w * double(v) / double(top_value);
        out += text(label_w - 8, y + 21, "end", rows[r].label);
        out += rect(label_w, y + 4, std::max(bw, 1.0), row_h - 10, "s1");
        out += text(label_w + bw + 6, y + 21, "start", std::to_string(v), "v");
    }
    return out + "</svg>";
}

std::string share_bar_svg(std::string_view id, std::string_view title, const std::vector<BarGroup>& parts) {
    const double w = 400, h = 32;
    int64_t total = 0;
    for (const BarGroup& p : parts) total += p.values.empty() ? 0 : p.values.front();
    std::string out = open_svg(id, w, h, title, "", "chart chart-share");
    double x = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        const int64_t v = parts[i].values.empty() ? 0 : parts[i].values.front();
        const double pw = total > 0 ? w * double(v) / double(total) : 0;
        out += rect(x, 0, pw, h, "p" + std::to_string(i % 6));
        x += pw;
    }
    return out + "</svg>";
}

std::string qr_svg(const QrMatrix& qr, std::string_view title) {
    const int quiet = 4, side = qr.size + 2 * quiet;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + std::to_string(side) +
                      " " + std::to_string(side) + "\" role=\"img\" shape-rendering=\"crispEdges\"><title>" +
                      html_escape(title) + "</title><rect width=\"" + std::to_string(side) + "\" height=\"" +
                      std::to_string(side) + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.dark(x, y)) out += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
    return out + "\"/></svg>";
}

}  // namespace gongkai::gen::site

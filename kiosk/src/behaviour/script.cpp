#include "behaviour/script.hpp"

#include <charconv>
#include <sstream>

namespace gongkai::kiosk {
namespace {

bool number(const std::string& s, double& out) {
    const char* end = s.data() + s.size();
    auto r = std::from_chars(s.data(), end, out);
    return r.ec == std::errc() && r.ptr == end;
}

bool safe_name(const std::string& n) {
    if (n.empty() || n.size() > 100) return false;
    for (char c : n)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
    return n.find("..") == std::string::npos;
}

}  // namespace

ScriptParse parse_script(std::string_view text) {
    ScriptParse out;
    std::istringstream in{std::string(text)};
    std::string raw;
    int line_no = 0;
    while (std::getline(in, raw)) {
        ++line_no;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        std::istringstream words(raw);
        std::vector<std::string> w;
        for (std::string x; words >> x;) w.push_back(x);
        if (w.empty() || w[0][0] == '#') continue;
        auto fail = [&](const std::string& why) {
            out.error = "script:" + std::to_string(line_no) + ": " + why;
        };
        std::vector<double> n;
        for (size_t i = 1; i < w.size(); ++i) {
            double v = 0;
            if (w[0] != "shot" && !number(w[i], v)) {
                fail("'" + w[i] + "' is not a number");
                return out;
            }
            n.push_back(v);
        }
        Command c;
        c.line = line_no;
        if (w[0] == "tap" && n.size() == 2) {
            c.kind = CommandKind::tap;
            c.x1 = float(n[0]);
            c.y1 = float(n[1]);
        } else if (w[0] == "drag" && n.size() == 5 && n[4] >= 0) {
            c.kind = CommandKind::drag;
            c.x1 = float(n[0]);
            c.y1 = float(n[1]);
            c.x2 = float(n[2]);
            c.y2 = float(n[3]);
            c.ms = n[4];
        } else if (w[0] == "wait" && n.size() == 1 && n[0] >= 0) {
            c.kind = CommandKind::wait;
            c.ms = n[0];
        } else if (w[0] == "advance" && n.size() == 1 && n[0] >= 0) {
            c.kind = CommandKind::advance;
            c.seconds = n[0];
        } else if (w[0] == "shot" && w.size() == 2 && safe_name(w[1])) {
            c.kind = CommandKind::shot;
            c.name = w[1];
        } else {
            fail("expected 'tap X Y', 'drag X1 Y1 X2 Y2 MS', 'wait MS', 'advance SECONDS' or 'shot NAME', got '" +
                 raw + "'");
            return out;
        }
        out.commands.push_back(std::move(c));
    }
    return out;
}

}  // namespace gongkai::kiosk

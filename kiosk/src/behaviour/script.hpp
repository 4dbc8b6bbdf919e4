#pragma once
// The headless test mode's script: one command per line —
//   tap X Y | drag X1 Y1 X2 Y2 MS | wait MS | advance SECONDS | shot NAME
// Blank lines and lines starting with '#' are ignored.

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::kiosk {

enum class CommandKind { tap, drag, wait, advance, shot };

struct Command {
    CommandKind kind = CommandKind::wait;
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double ms = 0;       // drag duration, wait
    double seconds = 0;  // advance
    std::string name;    // shot
    int line = 0;
};

struct ScriptParse {
    std::vector<Command> commands;
    std::string error;  // "script:3: tap needs X Y"; empty when fine
};

ScriptParse parse_script(std::string_view text);

}  // namespace gongkai::kiosk

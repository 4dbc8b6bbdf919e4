#pragma once
// QR codes (libqrencode underneath) as a plain module matrix, so the generator
// can draw SVG and the kiosk can draw a texture from the same code.

#include <optional>
#include <string_view>
#include <vector>

namespace gongkai {

struct QrMatrix {
    int size = 0;               // modules per side, without quiet zone
    std::vector<bool> modules;  // row-major, true = dark
    bool dark(int x, int y) const { return modules[size_t(y) * size_t(size) + size_t(x)]; }
};

// Error correction level M, 8-bit mode (URLs). nullopt if the text is too long.
std::optional<QrMatrix> make_qr(std::string_view text);

}  // namespace gongkai

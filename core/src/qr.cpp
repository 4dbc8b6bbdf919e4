#include "gongkai/qr.hpp"

#include <qrencode.h>

#include <memory>

namespace gongkai {

std::optional<QrMatrix> make_qr(std::string_view text) {
    // QRcode_encodeData takes a length, so text need not be NUL-terminated.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) return std::nullopt;
    QrMatrix m;
    m.size = code->width;
    const size_t cells = size_t(code->width) * size_t(code->width);
    m.modules.resize(cells);
    // Bit 0 of each byte is the module colour; the other bits are encoder
    // bookkeeping (function patterns, masks).
    for (size_t i = 0; i < cells; ++i) m.modules[i] = (code->data[i] & 1) != 0;
    return m;
}

}  // namespace gongkai

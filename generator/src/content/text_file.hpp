#pragma once
// Reading content files as UTF-8 text: a byte-order mark is dropped, CRLF and
// lone CR line ends become LF, and invalid UTF-8 (typically a GBK export from
// a spreadsheet) is reported with the line it occurs on.

#include "gongkai/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai::gen {

// Removes a leading UTF-8 BOM and turns CRLF / CR into LF, in place.
void normalise_text(std::string& text);

// 1-based line of the first byte that is not part of valid UTF-8, or 0 when
// the whole text is valid. Overlong forms and surrogates are invalid.
int first_invalid_utf8_line(std::string_view text);

// Reads `path` and normalises it. On an unreadable file or invalid UTF-8 an
// error naming `shown` (the path as shown to users) is added to `diags` and
// nullopt returned.
std::optional<std::string> read_text_file(const std::filesystem::path& path, const std::string& shown,
                                          Diagnostics& diags);

}  // namespace gongkai::gen

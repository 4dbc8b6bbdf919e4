#pragma once
// Markdown bodies (CommonMark + GFM tables) as layout blocks: the cmark-gfm
// tree is walked once into our own types so layout never sees cmark. Raw
// HTML is dropped, as on the website.

#include "text/text_layout.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::kiosk {

enum class BlockKind { heading, paragraph, list_item, quote, table, rule };

struct TableCell {
    std::vector<StyledRun> runs;
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;          // heading level 1..6, or list nesting depth 0..
    std::string marker;     // "•" or "1." for the first paragraph of a list item
    std::vector<StyledRun> runs;
    std::vector<std::vector<TableCell>> rows;  // tables: first row is the header
};

// Bodies longer than this many blocks are cut (a kiosk screen, not a book).
inline constexpr size_t kMaxBlocks = 400;

std::vector<Block> markdown_blocks(std::string_view markdown);

}  // namespace gongkai::kiosk

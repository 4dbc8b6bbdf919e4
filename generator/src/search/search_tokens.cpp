#include "search/search_tokens.hpp"

#include "gongkai/hash.hpp"
#include "search/search_normalize.hpp"

#include <stdexcept>

namespace gongkai::gen {

namespace {

// TokenId layout: the top two bits say how the rest is to be read.
constexpr uint64_t kCjk = 0;              // (first << 21) | second; second = 0 for a single character
constexpr uint64_t kShortWord = 1ull << 62;  // length in bits 56-58, bytes big-endian below
constexpr uint64_t kLongWord = 2ull << 62;   // 62-bit hash of the text
constexpr uint64_t kTagMask = 3ull << 62;
constexpr size_t kMaxShortWord = 7;

bool is_cjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF)      // hiragana, katakana
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)   // hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x20000 && c <= 0x3FFFF);  // extensions B and later
}

bool is_word(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
           || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7)  // Latin
           || (c >= 0x0370 && c <= 0x03FF)                                 // Greek
           || (c >= 0x0400 && c <= 0x04FF)                                 // Cyrillic
           || (c >= 0x1820 && c <= 0x18AA);                                // Mongolian letters
}

TokenId word_id(std::string_view word, WordTable& words) {
    if (word.size() <= kMaxShortWord) {
        uint64_t id = kShortWord | (uint64_t(word.size()) << 56);
        for (size_t k = 0; k < word.size(); ++k) id |= uint64_t(static_cast<uint8_t>(word[k])) << (8 * (word.size() - 1 - k));
        return id;
    }
    const TokenId id = kLongWord | (hash64(word) & ~kTagMask);
    words.remember(id, word);
    return id;
}

// Splits normalised code points into tokens (the rules in the header).
class Tokenizer {
public:
    Tokenizer(Unigrams unigrams, std::vector<TokenId>& out, WordTable& words, std::string& word)
        : unigrams_(unigrams), out_(out), words_(words), word_(word) {
        word_.clear();
    }

    void add(char32_t c) {
        if (is_cjk(c)) {
            flush_word();
            if (previous_cjk_) out_.push_back(kCjk | (uint64_t(previous_cjk_) << 21) | c);
            if (unigrams_ == Unigrams::include) out_.push_back(kCjk | (uint64_t(c) << 21));
            previous_cjk_ = c;
        } else if (is_word(c)) {
            previous_cjk_ = 0;
            const bool digit = c >= '0' && c <= '9';
            if (digit != word_is_digits_) flush_word();
            word_is_digits_ = digit;
            if (word_chars_ < kMaxWordChars) utf8::append(word_, c);
            ++word_chars_;
        } else {
            previous_cjk_ = 0;
            flush_word();
        }
    }

    void flush_word() {
        if (!word_.empty()) out_.push_back(word_id(word_, words_));
        word_.clear();
        word_chars_ = 0;
    }

private:
    Unigrams unigrams_;
    std::vector<TokenId>& out_;
    WordTable& words_;
    std::string& word_;
    char32_t previous_cjk_ = 0;  // the CJK character just before, for bigrams; 0 = none
    size_t word_chars_ = 0;
    bool word_is_digits_ = false;
};

}  // namespace

void WordTable::remember(TokenId id, std::string_view text) {
    auto [it, inserted] = texts_.try_emplace(id, text);
    if (!inserted && it->second != text)
        throw std::runtime_error("search index: the words \"" + it->second + "\" and \"" + std::string(text) +
                                 "\" have the same 62-bit hash; rename one of them");
}

std::string_view WordTable::text(TokenId id) const {
    auto it = texts_.find(id);
    return it == texts_.end() ? std::string_view() : std::string_view(it->second);
}

void WordTable::merge(const WordTable& other) {
    for (const auto& [id, text] : other.texts_) remember(id, text);
}

void tokenize(std::string_view text, Unigrams unigrams, std::vector<TokenId>& out, WordTable& words) {
    thread_local std::string scratch, word;
    Tokenizer t(unigrams, out, words, word);
    for_each_normalized(text, CaseFold::yes, scratch, [&](char32_t c, std::string_view) { t.add(c); });
    t.flush_word();
}

void append_token_text(std::string& out, TokenId id, const WordTable& words) {
    switch (id & kTagMask) {
    case kCjk:
        utf8::append(out, char32_t((id >> 21) & 0x1FFFFF));
        if (id & 0x1FFFFF) utf8::append(out, char32_t(id & 0x1FFFFF));
        break;
    case kShortWord: {
        const size_t length = (id >> 56) & 7;
        for (size_t k = 0; k < length; ++k) out += char((id >> (8 * (length - 1 - k))) & 0xFF);
        break;
    }
    default: out += words.text(id); break;
    }
}

void tokenize(std::string_view text, Unigrams unigrams, std::vector<std::string>& out) {
    std::vector<TokenId> ids;
    WordTable words;
    tokenize(text, unigrams, ids, words);
    for (TokenId id : ids) {
        std::string token;
        append_token_text(token, id, words);
        out.push_back(std::move(token));
    }
}

std::string normalize_nfkc(std::string_view text) {
    thread_local std::string scratch;
    std::string out;
    out.reserve(text.size());
    std::string_view unchanged;  // bytes of `text` to copy, not yet copied
    for_each_normalized(text, CaseFold::no, scratch, [&](char32_t c, std::string_view source) {
        if (!source.empty() && unchanged.data() + unchanged.size() == source.data()) {
            unchanged = std::string_view(unchanged.data(), unchanged.size() + source.size());
            return;
        }
        out += unchanged;
        unchanged = source;
        if (source.empty()) utf8::append(out, c);
    });
    out += unchanged;
    return out;
}

uint32_t token_hash(std::string_view token) {
    uint32_t h = 2166136261u;
    for (char c : token) {
        h ^= static_cast<uint8_t>(c);
        h *= 16777619u;
    }
    return h;
}

}  // namespace gongkai::gen

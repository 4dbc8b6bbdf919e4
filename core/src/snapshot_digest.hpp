#pragma once
// Private to gongkai_core: the rows digest, which tells whether a table
// group's rows are those the previous snapshot holds (see
// snapshot_checkpoints.hpp). Stored in build_checkpoints.fingerprint.

#include <array>
#include <cstring>
#include <string>
#include <string_view>

#include "store_rows.hpp"
#include "xxh128.hpp"

namespace gongkai::snapshot {

// XXH3-128 of the rows it is given: every column value the store binds, with
// its type (and text with its length), each row led by its table, after the
// schema version, the SQLite library version and the schema text. Equal
// digests mean equal rows, written by the same schema and the same SQLite,
// so equal pages. A loaded case stands in by its content hash (see
// add(CaseRow)).
class RowsDigest {
public:
    RowsDigest();
    RowsDigest(const RowsDigest&) = delete;
    RowsDigest& operator=(const RowsDigest&) = delete;

    template <class Row>
    void add(const Row& r) {
        begin_row(Row::table);
        store::columns(*this, r);
    }
    void add(const store::CaseRow& r);

    // 32 lowercase hex digits of everything given so far.
    std::string hex();

    // The interface of store::Statement that store::columns() uses; the
    // parameter index is not hashed (the order is).
    RowsDigest& bind(int, int64_t v) { return put('i', &v, sizeof v); }
    RowsDigest& bind(int, double v) { return put('r', &v, sizeof v); }
    RowsDigest& bind(int, std::string_view v);
    RowsDigest& bind_null(int) { return put('0', nullptr, 0); }
    template <class T>
    RowsDigest& bind(int i, const std::optional<T>& v) {
        return v ? bind(i, *v) : bind_null(i);
    }
    RowsDigest& bind(int i, int v) { return bind(i, int64_t(v)); }

private:
    void begin_row(store::Table t);
    // Values are gathered into a buffer first: millions of tiny updates
    // would cost more than hashing the text itself.
    RowsDigest& put(char tag, const void* bytes, size_t size) {
        if (used_ + 1 + size > buffer_.size()) flush();
        buffer_[used_] = tag;
        if (size) std::memcpy(buffer_.data() + used_ + 1, bytes, size);
        used_ += 1 + size;
        return *this;
    }
    void flush() {
        state_.update(buffer_.data(), used_);
        used_ = 0;
    }

    std::array<char, 4096> buffer_;
    size_t used_ = 0;
    Xxh128 state_;
};

}  // namespace gongkai::snapshot

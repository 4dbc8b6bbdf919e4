#pragma once
// Checks a loaded site as a whole: references between records and site.yaml,
// unique ids, rules that span fields, and the privacy scan. Field syntax
// (bad dates, unknown enum ids) is the loader's job; this runs after it.

#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

#include <cstdint>
#include <vector>

namespace gongkai {

// Which records the privacy scan found clean in an earlier build, so that a
// rebuild reads only the text of records that changed (the scan reads every
// byte of every record: 200 MB at 100,000 cases). A record is known by its
// content hash combined with the site.yaml contacts, which the scan allows;
// whoever keeps a memo between builds must also drop it when the program
// (and so the scan's rules) changes.
class PiiMemo {
public:
    PiiMemo() = default;
    explicit PiiMemo(std::vector<uint64_t> clean_before);

    bool was_clean(uint64_t key) const;
    void mark_clean(uint64_t key) { clean_now_.push_back(key); }
    // Every key marked in this build, sorted, without repeats.
    std::vector<uint64_t> clean_now() const;
    // Whether clean_now() differs from what the memo was made with.
    bool changed() const { return clean_now() != clean_before_; }

private:
    std::vector<uint64_t> clean_before_;  // sorted
    std::vector<uint64_t> clean_now_;
};

// Appends every problem found to `out`; never stops at the first. With a
// memo, records it knows as clean are not scanned again, and the clean
// ones of this site are marked in it.
void validate_site(const Site& site, Diagnostics& out, PiiMemo* memo = nullptr);

// Rules that depend on the build date (`--now`): `responded` and `closed`
// may not lie after `today`. Kept apart so validate_site does not depend on
// the clock; the build calls both.
void validate_dates_as_of(const Site& site, Date today, Diagnostics& out);

// The privacy scan alone (part of validate_site): every published text field
// of every record and page.
void scan_site_for_pii(const Site& site, Diagnostics& out, PiiMemo* memo = nullptr);

}  // namespace gongkai

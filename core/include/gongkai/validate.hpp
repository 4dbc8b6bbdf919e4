#pragma once
// Checks a loaded site as a whole: references between records and site.yaml,
// unique ids, rules that span fields, and the privacy scan. Field syntax
// (bad dates, unknown enum ids) is the loader's job; this runs after it.

#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

namespace gongkai {

// Appends every problem found to `out`; never stops at the first.
void validate_site(const Site& site, Diagnostics& out);

// Rules that depend on the build date (`--now`): `responded` and `closed`
// may not lie after `today`. Kept apart so validate_site does not depend on
// the clock; the build calls both.
void validate_dates_as_of(const Site& site, Date today, Diagnostics& out);

// The privacy scan alone (part of validate_site): every published text field
// of every record and page.
void scan_site_for_pii(const Site& site, Diagnostics& out);

}  // namespace gongkai

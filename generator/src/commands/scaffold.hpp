#pragma once
// `gongkai new notice|case|project`: a new file with every field in place,
// so staff fill in blanks instead of remembering field names.

#include "gongkai/date.hpp"
#include "gongkai/status.hpp"

#include <filesystem>
#include <string>

namespace gongkai::gen {

enum class RecordKind { notice, case_record, project };

// Creates content_dir/<kind dir>/<id>.md and returns its path in `created`.
// The id is PREFIX-YYYY-NNN with the first free NNN.
Status scaffold_record(RecordKind kind, const std::filesystem::path& content_dir, DateTime now,
                            std::filesystem::path& created);

}  // namespace gongkai::gen

#pragma once
// The outcome of an operation on the system: a file, a folder, the SQLite
// snapshot, the publisher. A failed Status names the path and the cause, so
// the message a user reads says what failed and where ("cannot rename
// public/.gongkai-staging to public: Directory not empty"). Problems in the
// content itself are Diagnostics (file, line, field), not Statuses.
//
// Modelled on LevelDB's leveldb::Status: cheap to return when ok, and
// [[nodiscard]], so an ignored failure is a compile warning.

#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

namespace gongkai {

class [[nodiscard]] Status {
public:
    Status() = default;  // ok
    static Status ok() { return Status(); }
    // "cannot <action> <path>: <cause>"
    static Status error(std::string action, const std::filesystem::path& path, std::string cause) {
        return Status(std::move(action), path.string(), std::move(cause));
    }
    static Status error(std::string action, const std::filesystem::path& path, const std::error_code& ec) {
        return error(std::move(action), path, ec.message());
    }
    // For failures that concern no single path (a lock held by another build).
    static Status failure(std::string message) { return Status(std::move(message), "", ""); }

    bool is_ok() const { return action_.empty(); }
    explicit operator bool() const { return is_ok(); }
    const std::string& path() const { return path_; }
    const std::string& cause() const { return cause_; }
    // The whole sentence for the user; "" when ok.
    std::string message() const {
        if (is_ok()) return "";
        if (path_.empty() && cause_.empty()) return action_;
        std::string m = "cannot " + action_ + " " + path_;
        if (!cause_.empty()) m += ": " + cause_;
        return m;
    }

private:
    Status(std::string action, std::string path, std::string cause)
        : action_(std::move(action)), path_(std::move(path)), cause_(std::move(cause)) {}

    std::string action_;  // empty when ok
    std::string path_;
    std::string cause_;
};

}  // namespace gongkai

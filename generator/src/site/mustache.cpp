#include "site/mustache.hpp"

namespace gongkai::gen {

struct Template::Node {
    enum class Kind { text, escaped, raw, section, inverted, partial };
    Kind kind = Kind::text;
    std::string text;               // literal text, or the partial's name
    std::vector<std::string> path;  // dotted name split; empty for "."
    std::vector<Node> children;     // sections
};

// Lets the renderer follow partials into other templates' nodes.
struct TemplateAccess {
    static const std::vector<Template::Node>& nodes(const Template& t) { return t.nodes_; }
};

namespace {

using Node = Template::Node;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (is_blank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (is_blank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

std::vector<std::string> split_path(std::string_view name) {
    std::vector<std::string> parts;
    if (name == ".") return parts;
    size_t start = 0;
    while (true) {
        size_t dot = name.find('.', start);
        parts.emplace_back(name.substr(start, dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return parts;
}

class Compiler {
public:
    explicit Compiler(std::string_view src) : src_(src) {}

    bool run(std::vector<Node>& out, TemplateError& error) {
        struct Open {
            std::string name;
            int line;
            std::vector<Node>* into;
        };
        std::vector<Open> open;
        std::vector<Node>* into = &out;
        std::string text;
        while (pos_ < src_.size()) {
            size_t tag = src_.find("{{", pos_);
            if (tag == std::string_view::npos) {
                text.append(src_.substr(pos_));
                break;
            }
            text.append(src_.substr(pos_, tag - pos_));
            const int tag_line = line_at(tag);
            const bool triple = src_.compare(tag, 3, "{{{") == 0;
            const size_t close = src_.find(triple ? "}}}" : "}}", tag);
            if (close == std::string_view::npos) return fail(error, tag_line, "unclosed tag");
            const size_t after = close + (triple ? 3 : 2);
            std::string_view body = src_.substr(tag + (triple ? 3 : 2), close - tag - (triple ? 3 : 2));
            char sigil = triple ? '{' : (body.empty() ? '\0' : body.front());
            if (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!' || sigil == '>' || sigil == '&')
                body.remove_prefix(1);
            else if (sigil == '=')
                return fail(error, tag_line, "delimiter changes are not supported");
            else if (!triple)
                sigil = '\0';
            const std::string name(trim(body));
            if (name.empty() && sigil != '!') return fail(error, tag_line, "empty tag");

            pos_ = after;
            const bool may_stand_alone = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!' || sigil == '>';
            if (may_stand_alone) trim_standalone(tag, text);
            flush(text, *into);

            switch (sigil) {
                case '!': break;
                case '#':
                case '^': {
                    Node n;
                    n.kind = sigil == '#' ? Node::Kind::section : Node::Kind::inverted;
                    n.path = split_path(name);
                    into->push_back(std::move(n));
                    open.push_back({name, tag_line, into});
                    into = &into->back().children;
                    break;
                }
                case '/':
                    if (open.empty() || open.back().name != name)
                        return fail(error, tag_line,
                                    "{{/" + name + "}} does not close " +
                                        (open.empty() ? std::string("any section") : "{{#" + open.back().name + "}}"));
                    into = open.back().into;
                    open.pop_back();
                    break;
                case '>': {
                    Node n;
                    n.kind = Node::Kind::partial;
                    n.text = name;
                    into->push_back(std::move(n));
                    break;
                }
                default: {
                    Node n;
                    n.kind = sigil == '\0' ? Node::Kind::escaped : Node::Kind::raw;
                    n.path = split_path(name);
                    into->push_back(std::move(n));
                }
            }
        }
        flush(text, *into);
        if (!open.empty()) return fail(error, open.back().line, "section {{#" + open.back().name + "}} is not closed");
        return true;
    }

private:
    static bool fail(TemplateError& error, int line, std::string message) {
        error = {line, std::move(message)};
        return false;
    }

    int line_at(size_t offset) const {
        int line = 1;
        for (size_t i = 0; i < offset && i < src_.size(); ++i) line += src_[i] == '\n';
        return line;
    }

    static void flush(std::string& text, std::vector<Node>& into) {
        if (text.empty()) return;
        Node n;
        n.text = std::move(text);
        into.push_back(std::move(n));
        text.clear();
    }

    // A section/comment/partial tag alone on its line leaves no blank line
    // behind (Mustache "standalone" rule). `tag` is where the tag starts;
    // `text` is the pending literal text before it.
    void trim_standalone(size_t tag, std::string& text) {
        size_t line_start = tag;
        while (line_start > 0 && is_blank(src_[line_start - 1])) --line_start;
        if (line_start > 0 && src_[line_start - 1] != '\n') return;
        size_t end = pos_;
        while (end < src_.size() && is_blank(src_[end])) ++end;
        if (end < src_.size() && src_[end] != '\n') return;
        // The blanks before the tag are the tail of `text` (they were just appended).
        text.resize(text.size() - (tag - line_start));
        pos_ = end < src_.size() ? end + 1 : end;
    }

    std::string_view src_;
    size_t pos_ = 0;
};

constexpr int kMaxPartialDepth = 32;

class Renderer {
public:
    Renderer(const PartialLookup& partials, std::string& out, std::vector<std::string>* missing)
        : partials_(partials), out_(out), missing_(missing) {}

    void render(const std::vector<Node>& nodes, std::vector<const Data*>& stack, int depth) {
        for (const Node& n : nodes) {
            switch (n.kind) {
                case Node::Kind::text: out_ += n.text; break;
                case Node::Kind::escaped:
                    if (const Data* d = lookup(n.path, stack)) append_html_escaped(out_, d->text());
                    break;
                case Node::Kind::raw:
                    if (const Data* d = lookup(n.path, stack)) out_ += d->text();
                    break;
                case Node::Kind::section: section(n, stack, depth); break;
                case Node::Kind::inverted: {
                    const Data* d = lookup(n.path, stack);
                    if (!d || !d->truthy()) render(n.children, stack, depth);
                    break;
                }
                case Node::Kind::partial: partial(n, stack, depth); break;
            }
        }
    }

private:
    void section(const Node& n, std::vector<const Data*>& stack, int depth) {
        const Data* d = lookup(n.path, stack);
        if (!d || !d->truthy()) return;
        if (const Data::List* items = d->as_list()) {
            for (const Data& item : *items) {
                stack.push_back(&item);
                render(n.children, stack, depth);
                stack.pop_back();
            }
            return;
        }
        stack.push_back(d);
        render(n.children, stack, depth);
        stack.pop_back();
    }

    void partial(const Node& n, std::vector<const Data*>& stack, int depth) {
        const Template* t = partials_ ? partials_(n.text) : nullptr;
        if (!t) {
            if (missing_) missing_->push_back(">" + n.text);
            return;
        }
        if (depth >= kMaxPartialDepth) return;  // a partial including itself
        render(TemplateAccess::nodes(*t), stack, depth + 1);
    }

    const Data* lookup(const std::vector<std::string>& path, const std::vector<const Data*>& stack) {
        if (path.empty()) return stack.back();
        const Data* found = nullptr;
        for (auto it = stack.rbegin(); it != stack.rend() && !found; ++it) found = (*it)->find(path.front());
        for (size_t i = 1; found && i < path.size(); ++i) found = found->find(path[i]);
        if (!found && missing_) {
            std::string name;
            for (const std::string& part : path) name += (name.empty() ? "" : ".") + part;
            missing_->push_back(name);
        }
        return found;
    }

    const PartialLookup& partials_;
    std::string& out_;
    std::vector<std::string>* missing_;
};

}  // namespace

Template::Template() = default;
Template::~Template() = default;
Template::Template(Template&&) noexcept = default;
Template& Template::operator=(Template&&) noexcept = default;

std::optional<Template> Template::compile(std::string_view source, TemplateError& error) {
    Template t;
    if (!Compiler(source).run(t.nodes_, error)) return std::nullopt;
    return t;
}

void Template::render(const Data& data, const PartialLookup& partials, std::string& out,
                      std::vector<std::string>* missing) const {
    render(std::vector<const Data*>{&data}, partials, out, missing);
}

void Template::render(const std::vector<const Data*>& layers, const PartialLookup& partials, std::string& out,
                      std::vector<std::string>* missing) const {
    std::vector<const Data*> stack = layers;
    Renderer(partials, out, missing).render(nodes_, stack, 0);
}


}  // namespace gongkai::gen

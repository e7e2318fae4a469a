#include "util/yaml_stream.h"

#include <libfyaml.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_set>
#include <vector>

#include "util/text_encoding.h"

namespace holymigrate {
namespace {

// The tool's 1-based line of byte `pos`: lines end at '\n' only, as in every
// other report (libfyaml also ends them at a lone '\r').
int line_at(std::string_view text, size_t pos) {
  pos = std::min(pos, text.size());
  return static_cast<int>(
             std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n')) +
         1;
}

// The 1-based line (line_at()) of the first line that starts with '%' (at the
// start, after a UTF-8 BOM, or after a line break: '\n' or '\r', YAML 1.2
// §5.4) and holds bytes that are not UTF-8; 0 when there is none. libfyaml
// 0.7.12 (Debian 12) never returns from scanning such a line as a directive
// (fuzz_validate run 9: "%\xff"), so no text with one reaches it. YAML text
// must be UTF-8 anyway; a '%' line of a block scalar with such bytes is
// refused too, which only means the file is treated as one that does not
// parse.
int directive_not_utf8(std::string_view text) {
  size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (size_t at = text.find('%', bom); at != std::string_view::npos; at = text.find('%', at + 1)) {
    if (at != bom && text[at - 1] != '\n' && text[at - 1] != '\r') continue;
    for (size_t i = at; i < text.size() && text[i] != '\n' && text[i] != '\r';) {
      size_t n = utf8_sequence_length(text, i);
      if (n == 0) return line_at(text, at);
      i += n;
    }
  }
  return 0;
}

struct Parser {
  fy_diag* diag = nullptr;
  fy_parser* parser = nullptr;
  int refused_line = 0;  // libfyaml was not given the text (below): the line why
  const char* refused_why = "";

  std::string_view text;

  explicit Parser(std::string_view yaml) : text(yaml) {
    refused_line = directive_not_utf8(text);
    refused_why = "a directive line (starting with %) holds bytes that are not UTF-8";
    if (refused_line) return;
    // libfyaml 0.7.12 reads freed memory when it destroys a parser that read
    // some NUL bytes (fuzz_validate run 11: 4 NULs in a 4 KiB text;
    // minimised "? Y:\t\0" crashes under ASan). YAML allows no NUL (1.2
    // §5.1), and files with one in their first 8 KiB are binary to the tool,
    // so a text holding one is simply not YAML that parses.
    if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
      refused_line = line_at(text, nul);
      refused_why = "a NUL byte, which YAML does not allow";
      return;
    }
    fy_diag_cfg dcfg;
    fy_diag_cfg_default(&dcfg);
    dcfg.fp = nullptr;
    dcfg.colorize = false;
    diag = fy_diag_create(&dcfg);
    if (diag) fy_diag_set_collect_errors(diag, true);
    fy_parse_cfg cfg;
    std::memset(&cfg, 0, sizeof cfg);
    // libfyaml rejects duplicate keys unless FYPCF_ALLOW_DUPLICATE_KEYS is set.
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_AUTO);
    cfg.diag = diag;
    parser = fy_parser_create(&cfg);
    if (parser && fy_parser_set_string(parser, text.data(), text.size()) != 0) {
      fy_parser_destroy(parser);
      parser = nullptr;
    }
  }
  ~Parser() {
    if (parser) fy_parser_destroy(parser);
    if (diag) fy_diag_destroy(diag);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  bool failed() const {
    return !parser || fy_parser_get_stream_error(parser) || (diag && fy_diag_got_error(diag));
  }
  YamlError first_error() const {
    if (refused_line) return {refused_line, refused_why};
    YamlError out{0, "invalid YAML"};
    void* it = nullptr;
    if (!diag) return out;
    while (fy_diag_error* e = fy_diag_errors_iterate(diag, &it)) {
      if (e->type < FYET_ERROR) continue;
      // The error's token gives its byte, so its line is counted as the tool
      // counts lines; libfyaml's own line also counts a lone '\r' and, at the
      // end of the text, one past the last (fuzz_validate run 9).
      const fy_mark* m = e->fyt ? fy_token_start_mark(e->fyt) : nullptr;
      out.line = m ? line_at(text, m->input_pos) : std::min(e->line, line_at(text, text.size()));
      if (e->msg) out.message = e->msg;
      break;
    }
    return out;
  }
};

size_t mark_pos(const fy_mark* m, size_t fallback) { return m ? m->input_pos : fallback; }

// A scalar event's value. libfyaml 0.7.12 leaks the chunk buffer that
// fy_token_get_text() grows for a single-quoted scalar with many '' escapes
// (fuzz_client run 9: 512 bytes and up per scalar, seen with valgrind on the
// library alone), so a single-quoted scalar on one line is read here: its
// text between the quotes with each '' as one ' (YAML 1.2 §7.3.2). Every
// other scalar (multi-line ones fold line breaks) is the library's.
//
// A plain scalar on one line, and a double-quoted one on one line without a
// '\\' escape, are their text as written (§7.3.3, §7.3.1: only escapes and
// line folding change a value), so they are read here too: the library's
// copy through its text formatter was a sixth of the time spent on a
// 2.8 MB OpenAPI file. The unit table holds both ways to the same values.
// A single-quoted scalar's value from its text between the quotes: each ''
// is one ', and over several lines each line break folds (YAML 1.2 §7.3.2,
// §6.5): the white space around it goes, and it becomes one space, or as
// many line feeds as there are empty lines after it. Read here on several
// lines too, because the library leaks there as well (fuzz_validate run 11:
// a key on two lines with many '').
std::string single_quoted(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  auto append = [&](std::string_view piece) {
    for (size_t i = 0; i < piece.size(); ++i) {
      out += piece[i];
      if (piece[i] == '\'' && i + 1 < piece.size() && piece[i + 1] == '\'') ++i;
    }
  };
  size_t empties = 0;
  bool first = true;
  for (size_t at = 0;;) {
    size_t nl = body.find('\n', at);
    const bool last = nl == std::string_view::npos;
    std::string_view line = body.substr(at, last ? std::string_view::npos : nl - at);
    if (!last && line.ends_with('\r')) line.remove_suffix(1);
    if (!first)
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!last)
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (!first && !last && line.empty()) {
      ++empties;
    } else {
      if (!first) out += empties ? std::string(empties, '\n') : std::string(" ");
      empties = 0;
      append(line);
    }
    first = false;
    if (last) break;
    at = nl + 1;
  }
  return out;
}

std::string scalar_value(std::string_view text, fy_event* ev) {
  if (!ev->scalar.value) return {};
  const fy_node_style style = fy_event_get_node_style(ev);
  if (style == FYNS_PLAIN || style == FYNS_DOUBLE_QUOTED || style == FYNS_SINGLE_QUOTED) {
    size_t begin = mark_pos(fy_event_start_mark(ev), 0);
    size_t end = mark_pos(fy_event_end_mark(ev), begin);
    std::string_view body = end <= text.size() ? text.substr(begin, end - begin) : "";
    // Two memchr-speed searches: find_first_of tests each byte against the set.
    const bool one_line = end <= text.size() && body.find('\n') == std::string_view::npos &&
                          body.find('\r') == std::string_view::npos;
    if (one_line && style == FYNS_PLAIN) return std::string(body);
    if (one_line && style == FYNS_DOUBLE_QUOTED && body.find('\\') == std::string_view::npos)
      return std::string(body);
    if (end <= text.size() && style == FYNS_SINGLE_QUOTED) return single_quoted(body);
  }
  size_t len = 0;
  const char* s = fy_token_get_text(ev->scalar.value, &len);
  return s ? std::string(s, len) : std::string();
}

}  // namespace

const YamlNode* YamlNode::get(std::string_view key) const {
  if (kind != Kind::Mapping) return nullptr;
  for (size_t i = 0; i + 1 < items.size(); i += 2)
    if (items[i].is_scalar() && items[i].value == key) return &items[i + 1];
  return nullptr;
}

namespace {

// The fast path of yaml_check(): true when the event stream parses and
// nothing could make loading the documents fail — no mapping repeats a key
// (compared by text, as libfyaml's default scalar comparison does), no key is
// a collection, an alias or carries an anchor or tag (anchors, aliases and
// tags on values change nothing for loading: libfyaml resolves no alias when
// it loads), nesting well under libfyaml's depth limit. Anything else (false) goes to the full
// load, which then gives the library's own error. Loading builds a node tree and looks each key up
// in its mapping; the event stream alone costs about half as much on a large OpenAPI file.
bool events_clean(std::string_view text) {
  Parser p(text);
  if (!p.parser) return false;
  struct Frame {
    bool mapping = false;
    bool key_next = true;  // in a mapping: the next node is a key
    std::unordered_set<std::string> keys;
  };
  std::vector<Frame> stack;
  auto value_done = [&] {
    if (!stack.empty() && stack.back().mapping) stack.back().key_next = true;
  };
  bool ok = true;
  while (ok) {
    fy_event* ev = fy_parser_parse(p.parser);
    if (!ev) break;
    bool plain_node = !fy_event_get_anchor_token(ev) && !fy_event_get_tag_token(ev);
    bool at_key = !stack.empty() && stack.back().mapping && stack.back().key_next;
    switch (ev->type) {
      case FYET_MAPPING_START:
      case FYET_SEQUENCE_START:
        if (at_key || stack.size() >= 32) {
          ok = false;
          break;
        }
        stack.push_back(Frame{ev->type == FYET_MAPPING_START, true, {}});
        break;
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END:
        if (stack.empty()) {
          ok = false;
          break;
        }
        stack.pop_back();
        value_done();
        break;
      case FYET_SCALAR:
        if (at_key && !plain_node) {
          ok = false;
          break;
        }
        if (at_key) {
          if (!stack.back().keys.insert(scalar_value(text, ev)).second) ok = false;
          stack.back().key_next = false;
        } else {
          value_done();
        }
        break;
      case FYET_ALIAS:
        if (at_key) ok = false;  // libfyaml compares alias keys by name
        value_done();
        break;
      default:
        break;
    }
    fy_parser_event_free(p.parser, ev);
  }
  return ok && stack.empty() && !p.failed();
}

}  // namespace

std::optional<YamlError> yaml_check(std::string_view text) {
  if (events_clean(text)) return std::nullopt;
  return yaml_load_check(text);
}

std::optional<YamlError> yaml_load_check(std::string_view text) {
  Parser p(text);
  if (!p.parser)
    return p.refused_line ? p.first_error() : YamlError{0, "the YAML parser could not start"};
  while (fy_document* doc = fy_parse_load_document(p.parser))
    fy_parse_document_destroy(p.parser, doc);
  if (p.failed()) return p.first_error();
  return std::nullopt;
}

namespace {

// Whether the scalar about to be added to the top of `stack` keeps its value
// under `keep` (yaml_stream.h): a key always; a mapping's value or a
// sequence's item by the key it sits under.
bool wanted(const std::vector<YamlNode>& stack, KeepValue keep) {
  if (stack.empty()) return true;
  const YamlNode& top = stack.back();
  if (top.is_mapping()) {
    if (top.items.size() % 2 == 0) return true;  // a key
    return top.items.back().is_scalar() && keep(top.items.back().value);
  }
  if (stack.size() < 2) return false;
  const YamlNode& holder = stack[stack.size() - 2];
  return holder.is_mapping() && holder.items.size() % 2 == 1 && holder.items.back().is_scalar() &&
         keep(holder.items.back().value);
}

}  // namespace

std::string YamlEvent::value() const {
  if (kind != Kind::Scalar || !source_) return {};
  return scalar_value(text_, static_cast<fy_event*>(const_cast<void*>(source_)));
}

bool yaml_events(std::string_view text, YamlEventSink& sink) {
  Parser p(text);
  if (!p.parser) return false;
  YamlEvent e;
  e.text_ = text;
  while (fy_event* ev = fy_parser_parse(p.parser)) {
    e.begin = mark_pos(fy_event_start_mark(ev), 0);
    e.end = mark_pos(fy_event_end_mark(ev), e.begin);
    e.source_ = ev;
    bool fed = true;
    switch (ev->type) {
      case FYET_MAPPING_START:
      case FYET_SEQUENCE_START:
        e.kind = ev->type == FYET_MAPPING_START ? YamlEvent::Kind::MappingStart
                                                : YamlEvent::Kind::SequenceStart;
        e.flow = fy_event_get_node_style(ev) == FYNS_FLOW;
        e.block = false;
        break;
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END:
        // The end event carries no style: the caller knows its start's.
        e.kind = ev->type == FYET_MAPPING_END ? YamlEvent::Kind::MappingEnd
                                              : YamlEvent::Kind::SequenceEnd;
        e.flow = e.block = false;
        break;
      case FYET_SCALAR: {
        e.kind = YamlEvent::Kind::Scalar;
        fy_node_style style = fy_event_get_node_style(ev);
        e.flow = style == FYNS_SINGLE_QUOTED || style == FYNS_DOUBLE_QUOTED;
        e.block = style == FYNS_LITERAL || style == FYNS_FOLDED;
        // libfyaml's marks leave the quotes out; the span takes them in.
        if (e.flow && e.begin > 0 && e.end < text.size()) --e.begin, ++e.end;
        break;
      }
      case FYET_ALIAS:
        e.kind = YamlEvent::Kind::Alias;
        e.flow = e.block = false;
        break;
      default:
        fed = false;
        break;
    }
    if (fed) sink.on(e);
    fy_parser_event_free(p.parser, ev);
  }
  return !p.failed();
}

namespace {

// The outline as a YamlEventSink: a tree of every node.
class OutlineBuilder final : public YamlEventSink {
 public:
  explicit OutlineBuilder(KeepValue keep) : keep_(keep) {}

  void on(const YamlEvent& e) override {
    switch (e.kind) {
      case YamlEvent::Kind::MappingStart:
      case YamlEvent::Kind::SequenceStart: {
        YamlNode n;
        n.kind = e.kind == YamlEvent::Kind::MappingStart ? YamlNode::Kind::Mapping
                                                         : YamlNode::Kind::Sequence;
        n.flow = e.flow;
        n.begin = e.begin;
        n.end = e.end;
        stack_.push_back(std::move(n));
        break;
      }
      case YamlEvent::Kind::MappingEnd:
      case YamlEvent::Kind::SequenceEnd: {
        if (stack_.empty()) {
          ok = false;
          break;
        }
        YamlNode n = std::move(stack_.back());
        stack_.pop_back();
        if (n.flow) n.end = std::max(n.end, e.end);  // the closing bracket
        add(std::move(n));
        break;
      }
      case YamlEvent::Kind::Scalar:
      case YamlEvent::Kind::Alias: {
        YamlNode n;
        n.kind = e.kind == YamlEvent::Kind::Scalar ? YamlNode::Kind::Scalar : YamlNode::Kind::Alias;
        n.begin = e.begin;
        n.end = e.end;
        n.flow = e.flow;
        if (e.kind == YamlEvent::Kind::Scalar && (!keep_ || wanted(stack_, keep_)))
          n.value = e.value();
        add(std::move(n));
        break;
      }
    }
  }

  std::vector<YamlNode> docs;
  bool ok = true;

 private:
  void add(YamlNode node) {
    if (stack_.empty()) {
      docs.push_back(std::move(node));
      return;
    }
    YamlNode& parent = stack_.back();
    parent.end = std::max(parent.end, node.end);
    parent.items.push_back(std::move(node));
  }

  KeepValue keep_;
  std::vector<YamlNode> stack_;  // open collections
};

}  // namespace

std::optional<std::vector<YamlNode>> yaml_outline(std::string_view text, KeepValue keep) {
  OutlineBuilder b(keep);
  if (!yaml_events(text, b) || !b.ok) return std::nullopt;
  return std::move(b.docs);
}

}  // namespace holymigrate

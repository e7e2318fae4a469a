#include "engine/yaml_regions.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <utility>

#include "util/yaml_stream.h"

namespace holymigrate {

namespace {

bool in(std::string_view x, std::initializer_list<std::string_view> l) {
  return std::find(l.begin(), l.end(), x) != l.end();
}

// A compose volume that bind-mounts a folder of the tree: `./web:/web`,
// `.:/src`, or the long form's `source: ./web`.
bool local_mount(std::string_view p) {
  return p.starts_with("./") || p.starts_with("../") || p == "." || p == ".." ||
         p.starts_with(".:") || p.starts_with("..:");
}

// ---- The reference: a walk over yaml_outline()'s tree ----------------------

// The image a mapping names: `image: x` or Helm's `image: {repository: x}`.
std::string image_of(const YamlNode& map) {
  const YamlNode* image = map.get("image");
  if (!image) return {};
  if (image->is_scalar()) return image->value;
  if (const YamlNode* repo = image->get("repository"); repo && repo->is_scalar())
    return repo->value;
  return {};
}

// A compose service's `volumes:` bind-mounts a folder of the tree.
bool mounts_tree(const YamlNode& service) {
  const YamlNode* volumes = service.get("volumes");
  if (!volumes || !volumes->is_sequence()) return false;
  for (const YamlNode& v : volumes->items) {
    if (v.is_scalar() && local_mount(v.value)) return true;
    if (const YamlNode* src = v.is_mapping() ? v.get("source") : nullptr;
        src && src->is_scalar() && local_mount(src->value))
      return true;
  }
  return false;
}

class OutlineWalk {
 public:
  explicit OutlineWalk(bool ci) : ci_(ci) {}

  void walk(const YamlNode& node, const std::string& image, ContainerOrigin origin) {
    if (node.is_mapping()) {
      std::string here = image_of(node);
      const std::string& img = here.empty() ? image : here;
      // compose: a service with `build:`, or one that mounts a folder of the
      // tree (`./web:/web`, a runtime image running our code), runs a
      // program of this tree.
      if (node.get("build") != nullptr || mounts_tree(node))
        origin = ContainerOrigin::Tree;
      else if (!here.empty())
        origin = image_origin(here);
      const bool step = ci_ && node.get("uses") != nullptr;
      for (size_t i = 0; i + 1 < node.items.size(); i += 2) {
        const YamlNode& key = node.items[i];
        const YamlNode& value = node.items[i + 1];
        if (!key.is_scalar()) continue;
        if (step && in(key.value, {"with", "env"})) {
          const YamlNode* uses = node.get("uses");
          out.push_back({key.begin, value.end, EnvAccess::ActionInput,
                         uses && uses->is_scalar() ? uses->value : ""});
          continue;
        }
        if (!ci_ && container_env_key(key.value) && (value.is_mapping() || value.is_sequence())) {
          entries(value, img, origin);
          continue;
        }
        walk(value, img, origin);
      }
    } else if (node.is_sequence()) {
      for (const YamlNode& item : node.items) walk(item, image, origin);
    }
  }

  std::vector<YamlRegion> out;

 private:
  void entries(const YamlNode& env, const std::string& image, ContainerOrigin origin) {
    if (env.is_mapping()) {
      for (size_t i = 0; i + 1 < env.items.size(); i += 2)
        out.push_back(
            {env.items[i].begin, env.items[i + 1].end, EnvAccess::ContainerEnv, image, origin});
    } else {
      for (const YamlNode& item : env.items)
        out.push_back({item.begin, item.end, EnvAccess::ContainerEnv, image, origin});
    }
  }

  bool ci_;
};

// The values the walk reads: image_of(), mounts_tree(), a step's `uses`.
bool region_value(std::string_view key) {
  return in(key, {"image", "repository", "volumes", "source", "uses"});
}

bool has_line_break(std::string_view s) {
  return s.find('\n') != std::string_view::npos || s.find('\r') != std::string_view::npos;
}

// ---- The same from the event stream -----------------------------------------
//
// The walk above needs, for a mapping, facts that may come after the env:
// key they qualify (`env:` before `image:` in a container). So a region
// points at a record of its mapping, and the records (one per mapping that
// holds or encloses a container env, linked to the mapping around it) are
// read once the text is done. A CI step's with:/env: values are walked as
// any value; if the mapping turns out to be a step (`uses:`, before or
// after), what that walk found is replaced by the step's region.

class StreamWalk final : public YamlEventSink {
 public:
  StreamWalk(std::string_view text, bool ci, const std::vector<std::pair<size_t, size_t>>& edits,
             std::vector<YamlSpot>* spots)
      : text_(text), ci_(ci), edits_(edits), spots_(spots) {
    if (spots_) spots_->assign(edits_.size(), YamlSpot::Unknown);
  }

  void on(const YamlEvent& e) override {
    switch (e.kind) {
      case YamlEvent::Kind::MappingStart:
      case YamlEvent::Kind::SequenceStart:
        open(e);
        break;
      case YamlEvent::Kind::MappingEnd:
      case YamlEvent::Kind::SequenceEnd:
        close(e);
        break;
      case YamlEvent::Kind::Scalar:
      case YamlEvent::Kind::Alias:
        if (spots_ && e.kind == YamlEvent::Kind::Scalar && !in_key()) place_edits(e);
        if (!stack_.empty()) value_starts(false, false);
        done(e.begin, e.end, &e);
        break;
    }
  }

  std::optional<std::vector<YamlRegion>> finish() {
    if (!ok_ || !stack_.empty()) return std::nullopt;
    resolved_.resize(records_.size());
    std::vector<YamlRegion> out;
    out.reserve(regions_.size());
    for (Pending& p : regions_) {
      if (p.record >= 0) {
        const Resolved& r = resolve(p.record);
        p.region.detail = r.image;
        p.region.origin = r.origin;
      }
      out.push_back(std::move(p.region));
    }
    return out;
  }

 private:
  // How a collection's content counts.
  enum class Role {
    Walk,     // walked: its mappings' keys are read
    Entries,  // a container's env: each direct child is one entry
    Skip,     // inside an entry, or a key that is not a scalar: nothing counts
  };
  // What a collection tells the mapping around it (image_of, mounts_tree).
  enum class Capture {
    None,
    ImageMap,    // the value of the first `image:`: its first `repository:` is the image
    Volumes,     // the value of the first `volumes:`: a local item mounts the tree
    VolumeItem,  // an item of it: its first `source:` may be local
  };
  // What the value being read is to its walked mapping.
  enum class ValueFor { Nothing, Image, Uses };
  // A CI mapping's with:/env: value, walked before it is known to be a step.
  struct StepCandidate {
    size_t key_begin, value_end;
    size_t first_region, end_region;  // what walking the value added
  };
  struct Frame {
    bool mapping = false;
    bool flow = false;
    bool in_key = false;  // a key, or inside one
    Role role = Role::Walk;
    Capture capture = Capture::None;
    size_t begin = 0, end = 0;  // the span so far (yaml_stream.h)
    int record = -1;            // index in records_, once a region needs it
    // A mapping: whether the next node is a key, and the current key.
    bool key_next = true;
    bool key_scalar = false;
    std::string key;  // read in walked mappings only
    size_t key_begin = 0;
    ValueFor value_for = ValueFor::Nothing;
    size_t value_first_region = 0;  // regions_.size() when a with:/env: value began
    // A walked mapping's facts, each from the first key of its name
    // (YamlNode::get()).
    bool seen_image = false, seen_build = false, seen_volumes = false, seen_uses = false;
    bool seen_inner = false;  // ImageMap: `repository:`; VolumeItem: `source:`
    std::string here;         // image_of()
    bool mounts = false;      // mounts_tree()
    std::string uses;         // the first `uses:`, when a scalar
    std::vector<StepCandidate> candidates;
  };
  struct Record {
    int parent = -1;
    std::string here;
    bool tree = false;  // builds or mounts the tree
  };
  struct Resolved {
    bool done = false;
    std::string image;
    ContainerOrigin origin = ContainerOrigin::Unknown;
  };
  struct Pending {
    YamlRegion region;
    int record = -1;  // ContainerEnv: the mapping that holds the env key
  };

  Frame& top(size_t up = 0) { return stack_[stack_.size() - 1 - up]; }

  // Whether a node starting now is a key or lies inside one.
  bool in_key() const {
    if (stack_.empty()) return false;
    const Frame& f = stack_.back();
    return f.in_key || (f.mapping && f.key_next);
  }

  // The YamlSpot of each edit inside the scalar `e` (not a key).
  void place_edits(const YamlEvent& e) {
    auto first =
        std::lower_bound(edits_.begin(), edits_.end(), std::pair<size_t, size_t>(e.begin, 0));
    if (first == edits_.end() || first->first >= e.end) return;  // most scalars
    const bool one_line = !has_line_break(text_.substr(e.begin, e.end - e.begin));
    for (auto it = first; it != edits_.end() && it->first < e.end; ++it) {
      const auto [b, x] = *it;
      if (x > e.end || b == x) continue;
      const std::string_view cut = text_.substr(b, x - b);
      if (has_line_break(cut)) continue;
      // Whole characters only: a cut inside a UTF-8 sequence leaves bytes
      // that are not UTF-8 (fuzz_validate; the rules never cut there).
      auto continuation = [&](size_t at) {
        return at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80;
      };
      if (continuation(b) || continuation(x)) continue;
      YamlSpot spot = YamlSpot::Unknown;
      if (e.block) {
        // From the first non-space byte of an indented line on: its
        // indentation, and so the scalar's extent, cannot change.
        size_t line = text_.rfind('\n', b == 0 ? 0 : b - 1);
        line = line == std::string_view::npos || b == 0 ? 0 : line + 1;
        const std::string_view lead = text_.substr(line, b - line);
        if (line >= e.begin && lead.starts_with(' ')) {
          if (lead.find_first_not_of(' ') != std::string_view::npos)
            spot = YamlSpot::BlockContent;
          else if (text_[b] != ' ' && text_[b] != '\t')
            spot = YamlSpot::BlockLineStart;
        }
      } else if (!e.flow && one_line) {
        spot = b == e.begin ? YamlSpot::PlainStart : YamlSpot::Plain;
      } else if (e.flow && one_line && b > e.begin && x < e.end) {
        // The bytes replaced hold no quote or escape, nor start in one.
        const char quote = text_[e.begin];
        const bool whole =
            cut.find(quote) == std::string_view::npos &&
            (quote == '\'' || (cut.find('\\') == std::string_view::npos && text_[b - 1] != '\\'));
        if (whole) spot = quote == '"' ? YamlSpot::DoubleQuoted : YamlSpot::SingleQuoted;
      }
      (*spots_)[static_cast<size_t>(it - edits_.begin())] = spot;
    }
  }

  // The top frame is a walked mapping and its value starts: what the value
  // is to it. Returns the capture of a collection value.
  Capture value_starts(bool is_sequence, bool is_mapping) {
    Frame& f = top();
    if (f.role != Role::Walk || !f.mapping || f.key_next || !f.key_scalar) return Capture::None;
    f.value_for = ValueFor::Nothing;
    if (ci_ && (f.key == "with" || f.key == "env")) f.value_first_region = regions_.size();
    if (f.key == "image" && !f.seen_image) {
      f.seen_image = true;
      f.value_for = ValueFor::Image;
      if (is_mapping) return Capture::ImageMap;
    } else if (f.key == "build") {
      f.seen_build = true;
    } else if (f.key == "volumes" && !f.seen_volumes) {
      f.seen_volumes = true;
      if (is_sequence) return Capture::Volumes;
    } else if (f.key == "uses" && !f.seen_uses) {
      f.seen_uses = true;
      f.value_for = ValueFor::Uses;
    }
    return Capture::None;
  }

  void open(const YamlEvent& e) {
    Frame child;
    child.mapping = e.kind == YamlEvent::Kind::MappingStart;
    child.flow = e.flow;
    child.begin = e.begin;
    child.end = e.end;
    child.in_key = in_key();
    if (!stack_.empty()) {
      Frame& f = top();
      if (f.role != Role::Walk)
        child.role = Role::Skip;
      else if (f.mapping && (f.key_next || !f.key_scalar))
        child.role = Role::Skip;  // a collection as a key, or a key that is one
      else if (f.mapping && !ci_ && container_env_key(f.key))
        child.role = Role::Entries;
      if (f.role == Role::Walk && f.capture == Capture::Volumes && child.mapping)
        child.capture = Capture::VolumeItem;
      else
        child.capture = value_starts(!child.mapping, child.mapping);
    }
    stack_.push_back(std::move(child));
  }

  void close(const YamlEvent& e) {
    if (stack_.empty()) {
      ok_ = false;
      return;
    }
    Frame f = std::move(top());
    stack_.pop_back();
    if (f.flow) f.end = std::max(f.end, e.end);  // the closing bracket
    if (f.mapping && f.role == Role::Walk) {
      if (ci_ && f.seen_uses) {
        // A step: its with:/env: are the action's inputs, not walked.
        for (auto c = f.candidates.rbegin(); c != f.candidates.rend(); ++c) {
          auto first = regions_.begin() + static_cast<std::ptrdiff_t>(c->first_region);
          first =
              regions_.erase(first, regions_.begin() + static_cast<std::ptrdiff_t>(c->end_region));
          regions_.insert(
              first, Pending{{c->key_begin, c->value_end, EnvAccess::ActionInput, f.uses}, -1});
        }
      }
      if (f.record >= 0) {
        Record& r = records_[static_cast<size_t>(f.record)];
        r.here = std::move(f.here);
        r.tree = f.seen_build || f.mounts;
      }
    }
    done(f.begin, f.end, nullptr);
  }

  // A node [begin, end) is complete: `e` for a scalar or an alias, nullptr
  // for a collection.
  void done(size_t begin, size_t end, const YamlEvent* e) {
    if (stack_.empty()) return;  // a document's root
    Frame& f = top();
    f.end = std::max(f.end, end);
    const bool scalar = e && e->kind == YamlEvent::Kind::Scalar;
    if (!f.mapping) {
      if (f.role == Role::Entries) add_entry(begin, end);
      if (f.role == Role::Walk && f.capture == Capture::Volumes && scalar &&
          local_mount(e->value()))
        top(1).mounts = true;
      return;
    }
    if (f.key_next) {  // a key
      f.key_next = false;
      f.key_begin = begin;
      f.key_scalar = scalar;
      if (scalar && f.role == Role::Walk)
        f.key = e->value();
      else
        f.key.clear();
      return;
    }
    f.key_next = true;  // a value
    if (f.role == Role::Entries) {
      add_entry(f.key_begin, end);
      return;
    }
    if (f.role != Role::Walk || !f.key_scalar) return;
    if (ci_ && (f.key == "with" || f.key == "env"))
      f.candidates.push_back({f.key_begin, end, f.value_first_region, regions_.size()});
    if (scalar && f.value_for == ValueFor::Image) f.here = e->value();
    if (scalar && f.value_for == ValueFor::Uses) f.uses = e->value();
    f.value_for = ValueFor::Nothing;
    if ((f.capture == Capture::ImageMap && f.key == "repository") ||
        (f.capture == Capture::VolumeItem && f.key == "source")) {
      if (f.seen_inner) return;
      f.seen_inner = true;
      if (!scalar) return;
      if (f.capture == Capture::ImageMap)
        top(1).here = e->value();
      else if (local_mount(e->value()))
        top(2).mounts = true;
    }
  }

  // One entry of the container env that is the top frame: a region of the
  // mapping that holds the env key, whose image and origin are known once
  // the text is read.
  void add_entry(size_t begin, size_t end) {
    int parent = -1;
    for (size_t i = 0; i + 1 < stack_.size(); ++i) {
      Frame& f = stack_[i];
      if (!f.mapping) continue;
      if (f.record < 0) {
        f.record = static_cast<int>(records_.size());
        records_.push_back({parent, {}, false});
      }
      parent = f.record;
    }
    regions_.push_back(
        {{begin, end, EnvAccess::ContainerEnv, {}, ContainerOrigin::Unknown}, parent});
  }

  // The image and origin a mapping's env entries get (OutlineWalk::walk()).
  const Resolved& resolve(int index) {
    Resolved& out = resolved_[static_cast<size_t>(index)];
    if (out.done) return out;
    const Record& r = records_[static_cast<size_t>(index)];
    Resolved inherited;
    if (r.parent >= 0) inherited = resolve(r.parent);
    out.image = r.here.empty() ? inherited.image : r.here;
    out.origin = r.tree            ? ContainerOrigin::Tree
                 : !r.here.empty() ? image_origin(r.here)
                                   : inherited.origin;
    out.done = true;
    return out;
  }

  std::string_view text_;
  bool ci_;
  const std::vector<std::pair<size_t, size_t>>& edits_;
  std::vector<YamlSpot>* spots_;
  bool ok_ = true;
  std::vector<Frame> stack_;
  std::vector<Pending> regions_;
  std::vector<Record> records_;
  std::vector<Resolved> resolved_;
};

}  // namespace

bool container_env_key(std::string_view key) {
  return in(key, {"env", "environment", "extraEnv", "extraEnvVars", "extraEnvs", "envVars",
                  "additionalEnv", "environmentVariables", "containerEnv"});
}

// An image written as a template expression is the chart's own (set in its
// values); one written out names whatever program it is.
ContainerOrigin image_origin(std::string_view image) {
  if (image.empty()) return ContainerOrigin::Unknown;
  return image.find("{{") != std::string_view::npos ? ContainerOrigin::Tree
                                                    : ContainerOrigin::Image;
}

std::optional<std::vector<YamlRegion>> yaml_regions_by_outline(std::string_view text, bool ci) {
  auto docs = yaml_outline(text, region_value);
  if (!docs) return std::nullopt;
  OutlineWalk w(ci);
  for (const YamlNode& doc : *docs) w.walk(doc, "", ContainerOrigin::Unknown);
  return std::move(w.out);
}

std::optional<std::vector<YamlRegion>> yaml_regions(
    std::string_view text, bool ci, const std::vector<std::pair<size_t, size_t>>& edits,
    std::vector<YamlSpot>* spots) {
  StreamWalk w(text, ci, edits, spots);
  bool parsed = yaml_events(text, w);
  std::optional<std::vector<YamlRegion>> out = parsed ? w.finish() : std::nullopt;
  // A text that does not parse has no structure to keep.
  if (!out && spots) spots->assign(edits.size(), YamlSpot::Unknown);
  return out;
}

bool keeps_structure(YamlSpot spot, std::string_view r) {
  auto printable = [](char c) { return c >= 0x20 && c <= 0x7e; };
  auto plain_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '/' ||
           c == '-';
  };
  switch (spot) {
    case YamlSpot::Unknown:
      return false;
    case YamlSpot::BlockContent:
      return std::all_of(r.begin(), r.end(), printable);
    case YamlSpot::BlockLineStart:
      return !r.empty() && r[0] != ' ' && std::all_of(r.begin(), r.end(), printable);
    case YamlSpot::DoubleQuoted:
      return std::all_of(r.begin(), r.end(),
                         [&](char c) { return printable(c) && c != '"' && c != '\\'; });
    case YamlSpot::SingleQuoted:
      return std::all_of(r.begin(), r.end(), [&](char c) { return printable(c) && c != '\''; });
    case YamlSpot::PlainStart:
    case YamlSpot::Plain:
      if (r.empty()) return false;  // would join the bytes on either side
      if (spot == YamlSpot::PlainStart && !std::isalnum(static_cast<unsigned char>(r[0])))
        return false;
      for (size_t i = 0; i < r.size(); ++i)
        if (!plain_char(r[i]) && !(r[i] == ':' && i + 1 < r.size() && plain_char(r[i + 1])))
          return false;
      return true;
  }
  return false;
}

}  // namespace holymigrate

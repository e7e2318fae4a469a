// kind = "client" (docs/behaviour.md §5.1, §5.2, §5.4): SDK clients that read the old
// provider's endpoint and key from the environment. `detect = "calls"` makes
// Python and JS/TS client calls explicit (or reports them when their
// arguments cannot be read with confidence, and reports implicit clients in
// other languages); `detect = "anthropic-sdk"` reports imports of the
// Anthropic SDK. Which language a file is comes from its extension.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include "engine/kinds/client/client_call.h"
#include "engine/kinds/client/client_spec.h"
#include "engine/kinds/client/imports.h"
#include "engine/kinds/client/lexer.h"
#include "engine/kinds/client/module_config.h"
#include "engine/kinds/client/notebook.h"
#include "engine/kinds/client/other_clients.h"
#include "engine/kinds/client/raw_http.h"
#include "engine/matcher.h"
#include "engine/rule_set.h"
#include "util/error.h"
#include "util/text_search.h"

namespace holymigrate {
namespace {

enum class Detect { Calls, Legacy, AnthropicSdk, AnthropicApi };
enum class FileKind { Python, Notebook, JavaScript, Component, CLike, Ruby, Php };

struct ScriptBlock {
  size_t begin = 0, end = 0;  // bytes of the block's content
  JsEnv env = JsEnv::None;
};

// The JS/TS parts of a .vue/.svelte/.astro file: the content of each
// <script …> element whose type is JS (no type, module, text/javascript,
// text/typescript; lang="ts" is fine), and an Astro frontmatter (`---` … `---`
// at the top). Hand-written rather than an HTML parser: only the element
// boundaries matter, and the bytes inside must map back exactly.
std::vector<ScriptBlock> script_blocks(std::string_view text) {
  std::vector<ScriptBlock> out;
  size_t pos = 0;
  if (text.starts_with("---")) {
    size_t body = text.find('\n');
    size_t close = body == std::string_view::npos ? body : text.find("\n---", body);
    if (close != std::string_view::npos) {
      out.push_back({body + 1, close + 1, JsEnv::ImportMeta});
      pos = close + 4;
    }
  }
  auto lower = [](std::string_view s) {
    std::string l(s);
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return l;
  };
  std::string low = lower(text);
  while ((pos = low.find("<script", pos)) != std::string::npos) {
    size_t after = pos + 7;
    if (after >= low.size() ||
        !(low[after] == '>' || std::isspace(static_cast<unsigned char>(low[after])))) {
      pos = after;
      continue;
    }
    size_t gt = low.find('>', after);
    if (gt == std::string::npos) break;
    std::string_view attrs = std::string_view(low).substr(after, gt - after);
    size_t close = low.find("</script", gt);
    if (close == std::string::npos) break;
    size_t type = attrs.find("type=");
    bool js = type == std::string_view::npos;
    if (!js) {
      std::string_view t = attrs.substr(type + 5);
      if (!t.empty() && (t[0] == '"' || t[0] == '\'')) t.remove_prefix(1);
      js = t.starts_with("module") || t.starts_with("text/javascript") ||
           t.starts_with("text/typescript") || t.starts_with("application/javascript");
    }
    if (js && !attrs.ends_with("/")) out.push_back({gt + 1, close, JsEnv::None});
    pos = close + 8;
  }
  return out;
}

std::optional<FileKind> file_kind(std::string_view path, std::string_view text) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  std::string_view ext = dot == std::string_view::npos ? "" : name.substr(dot);
  auto in = [&](std::initializer_list<std::string_view> l) {
    return std::find(l.begin(), l.end(), ext) != l.end();
  };
  if (in({".py", ".pyi", ".pyw"})) return FileKind::Python;
  if (ext == ".ipynb") return FileKind::Notebook;
  if (in({".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}))
    return FileKind::JavaScript;
  if (in({".vue", ".svelte", ".astro"})) return FileKind::Component;
  if (in({".go", ".java", ".kt", ".cs", ".rs"})) return FileKind::CLike;
  if (in({".kts"})) return FileKind::CLike;
  if (ext == ".rb") return FileKind::Ruby;
  if (ext == ".php") return FileKind::Php;
  if (!ext.empty()) return std::nullopt;
  // No extension: a script's #! line, or (rule examples, which have no path)
  // the look of the text.
  if (text.starts_with("#!")) {
    std::string_view first = text.substr(0, text.find('\n'));
    if (first.find("python") != std::string_view::npos) return FileKind::Python;
    if (first.find("node") != std::string_view::npos) return FileKind::JavaScript;
    return std::nullopt;
  }
  if (!path.empty()) return std::nullopt;
  for (std::string_view js : {"require(", "new ", "from \"", "from '", "const ", "let "})
    if (text.find(js) != std::string_view::npos) return FileKind::JavaScript;
  return FileKind::Python;
}

std::string ext_of(std::string_view path) {
  size_t dot = path.rfind('.');
  return dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos
             ? ""
             : std::string(path.substr(dot));
}

// What a notebook cell is, by its cell magic (docs/behaviour.md §5.6).
enum class CellKind { Kernel, OwnModule, Other };
struct CellMagic {
  CellKind kind = CellKind::Kernel;
  size_t body = 0;  // where the Python starts: after the magic line
};

CellMagic cell_magic(std::string_view source) {
  if (!source.starts_with("%%")) return {};
  size_t nl = source.find('\n');
  std::string_view line = source.substr(0, nl);
  size_t body = nl == std::string_view::npos ? source.size() : nl + 1;
  std::string_view name = line.substr(2, line.find_first_of(" \t\r") - 2);
  // Magics that run the rest of the cell as Python in the kernel.
  static const std::string_view kKernel[] = {"time",  "timeit", "capture", "prun",
                                             "debug", "memit",  "snakeviz"};
  for (std::string_view k : kKernel)
    if (name == k) return {CellKind::Kernel, body};
  // The cell is a Python file of its own (%%writefile app.py) or runs in a
  // separate interpreter (%%python3): its own imports, its own `import os`.
  if (name == "writefile" || name == "file") {
    std::string_view arg = line.substr(line.find(name) + name.size());
    while (!arg.empty() && (arg.back() == '\r' || arg.back() == ' ')) arg.remove_suffix(1);
    if (arg.ends_with(".py") || arg.ends_with(".pyw")) return {CellKind::OwnModule, body};
    return {CellKind::Other, body};
  }
  if (name == "python" || name == "python3") return {CellKind::OwnModule, body};
  return {CellKind::Other, body};  // %%bash, %%html, %%sql …: not Python
}

// The client rules' shared reading of one file (ScanMemo, engine/matcher.h):
// three rules (calls, legacy, anthropic-sdk) read the same Python or JS
// source, and lexing it was most of their time. Keyed by where the source
// lies: the file's text, or a <script> block of it.
struct TextMemo : ScanMemo {
  const char* data = nullptr;
  size_t size = 0;
  bool of(std::string_view text) const { return data == text.data() && size == text.size(); }
};

// The memo of type M for `text` in `out`, or nullptr.
template <class M, class Also = bool (*)(const M&)>
const M* find_memo(
    const Hits& out, std::string_view text, Also also = [](const M&) { return true; }) {
  for (const std::unique_ptr<ScanMemo>& m : out.memos)
    if (const auto* t = dynamic_cast<const M*>(m.get()); t && t->of(text) && also(*t)) return t;
  return nullptr;
}

struct SourceMemo : TextMemo {
  Language lang = Language::Python;
  Lexed lexed;
  Imports imports;
};

const SourceMemo& read_source(std::string_view text, Language lang, Hits& out) {
  if (const SourceMemo* s =
          find_memo<SourceMemo>(out, text, [&](const SourceMemo& m) { return m.lang == lang; }))
    return *s;
  auto s = std::make_unique<SourceMemo>();
  s->data = text.data();
  s->size = text.size();
  s->lang = lang;
  s->lexed = lex(text, lang);
  s->imports = find_imports(text, s->lexed.tokens, lang);
  out.memos.push_back(std::move(s));
  return static_cast<const SourceMemo&>(*out.memos.back());
}

// The same for a notebook: its code cells, each with its magic, tokens and
// (unless the cell is not Python) imports.
struct NotebookMemo : TextMemo {
  std::optional<std::vector<NotebookCell>> cells;
  std::vector<CellMagic> magic;
  std::vector<Lexed> lexed;
  std::vector<Imports> imports;  // empty for a CellKind::Other cell
};

const NotebookMemo& read_notebook(std::string_view text, Hits& out) {
  if (const NotebookMemo* n = find_memo<NotebookMemo>(out, text)) return *n;
  auto n = std::make_unique<NotebookMemo>();
  n->data = text.data();
  n->size = text.size();
  n->cells = notebook_code_cells(text);
  if (n->cells) {
    for (const NotebookCell& cell : *n->cells) {
      n->magic.push_back(cell_magic(cell.source));
      n->lexed.push_back(lex(cell.source, Language::Python));
      n->imports.push_back(
          n->magic.back().kind == CellKind::Other
              ? Imports{}
              : find_imports(cell.source, n->lexed.back().tokens, Language::Python));
    }
  }
  out.memos.push_back(std::move(n));
  return static_cast<const NotebookMemo&>(*out.memos.back());
}

class ClientMatcher : public Matcher {
 public:
  ClientMatcher(const Rule& rule, const Target& target, Detect detect)
      : rule_(rule.id),
        message_(rule.message),
        severity_(rule.severity),
        target_(target),
        detect_(detect) {
    // The literals a file must contain for this kind to act, from the client
    // tables, so that new rows are covered: a Python module's last dotted
    // part (`from llama_index.llms import openai` names only that part), a
    // JS/TS module string whole, the Anthropic SDK's roots (§5.4). A new
    // detection path not keyed on these tables must add its literal here
    // (prefilter_test and tests/corpus/corpus_check catch a missing one).
    python_needles_.push_back("anthropic");
    js_needles_.push_back("@anthropic-ai/sdk");
    js_needles_.push_back("@anthropic/sdk");  // JSR's name for it (imports.cpp js_package)
    if (detect_ != Detect::AnthropicSdk) {
      for (const ClientSpec& spec : client_specs()) {
        std::string_view m = spec.module;
        size_t dot = m.rfind('.');
        if (spec.language == Language::Python)
          python_needles_.push_back(dot == std::string_view::npos ? m : m.substr(dot + 1));
        else
          js_needles_.push_back(m);
      }
      // Reads of a source base-URL variable gain a default (§5.1) with or
      // without an import: found anywhere, they are enough.
      for (const BaseUrlSource& src : base_url_sources()) base_url_needles_.push_back(src.name);
    }
    keep_shortest(python_needles_);
    keep_shortest(js_needles_);
    keep_shortest(base_url_needles_);
    for (std::string_view n : python_needles_) python_find_.emplace_back(n);
    for (std::string_view n : js_needles_) js_find_.emplace_back(n);
    for (std::string_view n : base_url_needles_) base_url_find_.emplace_back(n);
  }

  std::string prefilter() const override {
    if (detect_ == Detect::AnthropicApi) return "(?i)api\\.anthropic\\.com";
    return detect_ == Detect::AnthropicSdk ? "anthropic" : "(?i)openai|anthropic|litellm";
  }

  void match(std::string_view text, Hits& out) const override { match_file(text, "", out); }

  // Most files that mention OpenAI (an SDK's own sources, docs) import no
  // client: a few memmem-style searches decide that before the file is
  // lexed (docs/performance.md, "Only the work a file needs").
  bool may_act(std::string_view text, std::string_view path) const override {
    // Only the modes and file kinds whose needles are known are gated; any
    // other (a new mode, a new kind) is scanned as before.
    bool gated =
        detect_ == Detect::Calls || detect_ == Detect::Legacy || detect_ == Detect::AnthropicSdk;
    if (path.empty() || !gated) return true;  // rule examples: the look of the text decides
    std::optional<FileKind> kind = file_kind(path, text);
    if (!kind) return false;
    auto named = [&](const std::vector<Needle>& needles) {
      return std::any_of(needles.begin(), needles.end(),
                         [&](const Needle& n) { return n.in(text); });
    };
    // A module name counts only where it may be part of an import statement
    // (engine/kinds/client/imports.h): SDK sources, docs and tests that name
    // `openai` in docstrings, comments and URLs are not lexed.
    auto imported = [&](const std::vector<Needle>& needles, Language lang) {
      ImportContext context(text, lang);
      for (const Needle& n : needles)
        for (size_t at = n.find(text); at != std::string_view::npos; at = n.find(text, at + 1))
          if (context.may_import(at)) return true;
      return false;
    };
    switch (*kind) {
      // In Python and JS a read of a source base-URL variable is enough,
      // imported or not.
      case FileKind::Notebook:
        // The raw text is JSON: escapes (`\t`, `\u0069mport`) stand between
        // the tokens, so only the names are looked for.
        return named(base_url_find_) || named(python_find_);
      case FileKind::Python:
        return named(base_url_find_) || imported(python_find_, Language::Python);
      case FileKind::JavaScript:
        return named(base_url_find_) || imported(js_find_, Language::JavaScript);
      case FileKind::CLike:
      case FileKind::Ruby:
      case FileKind::Php:
        return detect_ == Detect::Calls && other_language_may_act(text, ext_of(path));
      default:
        return true;
    }
  }

  void match_file(std::string_view text, std::string_view path, Hits& out) const override {
    if (detect_ == Detect::AnthropicApi) {  // any text file: code, shell, docs
      for (auto [begin, end] : anthropic_api_urls(text))
        out.findings.push_back(
            {begin, end, rule_, severity_,
             expand_message(message_, text.substr(begin, end - begin), target_)});
      return;
    }
    std::optional<FileKind> kind = file_kind(path, text);
    if (!kind) return;
    switch (*kind) {
      case FileKind::Notebook:
        notebook(text, out);
        break;
      case FileKind::Python:
        source(text, Language::Python, out);
        break;
      case FileKind::JavaScript:
        source(text, Language::JavaScript, out);
        break;
      case FileKind::Component:
        component(text, out);
        break;
      case FileKind::CLike:
      case FileKind::Ruby:
      case FileKind::Php:
        if (detect_ == Detect::Calls) {
          Language lang = *kind == FileKind::Ruby  ? Language::Ruby
                          : *kind == FileKind::Php ? Language::Php
                                                   : Language::CLike;
          std::string ext = path.empty() ? (lang == Language::Ruby ? ".rb" : ".go") : ext_of(path);
          other_language_calls(text, lex(text, lang).tokens, ext, target_, rule_, out.edits,
                               out.findings, &out.clients);
        }
        break;
    }
  }

 private:
  CallMode mode() const { return detect_ == Detect::Legacy ? CallMode::Legacy : CallMode::Fix; }

  void anthropic_findings(const Imports& im, std::vector<Finding>& out) const {
    for (const ImportSite& site : im.anthropic)
      out.push_back(
          {site.begin, site.end, rule_, severity_, expand_message(message_, "", target_)});
  }

  // `text` starts at byte `offset` of the file (a <script> block of a component).
  void source(std::string_view text, Language lang, Hits& out, size_t offset = 0,
              JsEnv js_env = JsEnv::Process) const {
    const SourceMemo& read = read_source(text, lang, out);
    const Lexed& lexed = read.lexed;
    const Imports& im = read.imports;
    if (detect_ == Detect::AnthropicSdk) {
      size_t first = out.findings.size();
      anthropic_findings(im, out.findings);
      for (size_t i = first; i < out.findings.size(); ++i)
        out.findings[i].begin += offset, out.findings[i].end += offset;
      return;
    }
    CallContext ctx{target_, rule_, {}, mode(), js_env};
    static const Needle kIgnore("holymigrate: ignore");
    if (kIgnore.in(text)) {
      LineIndex lines(text);
      ctx.quiet = suppressed_lines(text, lines);
    }
    CallEdits r = client_calls(text, lexed.tokens, im, lang, ctx);
    for (Edit& e : r.edits) {
      e.begin += offset, e.end += offset;
      out.edits.push_back(std::move(e));
    }
    for (Finding& f : r.findings) {
      f.begin += offset, f.end += offset;
      out.findings.push_back(std::move(f));
    }
    clients(
        r.clients, [&](size_t at) { return at + offset; }, out);
    if (r.needs_os && !im.binds_os) out.edits.push_back(import_os(text, lexed.tokens));
  }

  // The plan's facts (docs/behaviour.md §5.2): every implicit client seen,
  // fixed or not, with the variables its SDK reads by itself. Only the Fix
  // matcher reports them, so each call is counted once.
  template <typename Map>
  void clients(const std::vector<SeenClient>& seen, Map to_file, Hits& out) const {
    if (detect_ != Detect::Calls) return;
    for (const SeenClient& c : seen) {
      if (c.state == SeenState::Explicit && !c.aimed) continue;
      ClientSeen use;
      use.rule = rule_;
      use.offset = to_file(c.begin);
      use.end = to_file(c.end);
      if (c.state == SeenState::Explicit) {  // aimed at the target: it reads nothing by itself
        use.aimed = true;
        out.clients.push_back(std::move(use));
        continue;
      }
      use.fixed = c.state == SeenState::Fixed;
      use.legacy = c.state == SeenState::Legacy;
      use.beside_ours = c.beside_ours;
      for (std::string_view name : client_reads_env(*c.spec)) {
        bool key = name.find("KEY") != std::string_view::npos ||
                   name.find("TOKEN") != std::string_view::npos;
        if ((key && c.key_given) || (!key && c.base_given)) continue;
        use.reads_env.emplace_back(name);
      }
      out.clients.push_back(std::move(use));
    }
  }

  // Single-file components (.vue, .svelte, .astro): each <script> block is
  // JS/TS run in the browser; an Astro file's frontmatter runs on the server
  // and reads its environment through import.meta.env.
  void component(std::string_view text, Hits& out) const {
    for (const ScriptBlock& b : script_blocks(text))
      source(text.substr(b.begin, b.end - b.begin), Language::JavaScript, out, b.begin, b.env);
  }

  Edit import_os(std::string_view text, const std::vector<Token>& tokens) const {
    size_t at = python_import_position(text, tokens);
    size_t nl = text.find('\n');
    std::string eol =
        nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
    std::string insert = "import os" + eol;
    if (at == text.size() && !text.empty() && text.back() != '\n') insert = eol + "import os" + eol;
    return {at, at, insert, rule_};
  }

  void notebook(std::string_view text, Hits& out) const {
    const NotebookMemo& read = read_notebook(text, out);
    const std::optional<std::vector<NotebookCell>>& cells = read.cells;
    if (!cells) return;
    const std::vector<Lexed>& lexed = read.lexed;
    const std::vector<CellMagic>& magic = read.magic;
    // Imports hold across the kernel's cells: a client made in cell 3 may be
    // imported in cell 1. A cell that is its own module (%%writefile app.py)
    // sees only its own imports and lends none.
    Imports all;
    std::vector<bool> os_before;  // `import os` in this cell or an earlier one
    for (size_t i = 0; i < cells->size(); ++i) {
      const NotebookCell& cell = (*cells)[i];
      if (magic[i].kind == CellKind::Other) {
        os_before.push_back(all.binds_os);
        continue;
      }
      const Imports& im = read.imports[i];
      if (magic[i].kind == CellKind::Kernel) {
        for (auto& [name, specs] : im.names) all.names[name] = specs;
        for (auto& [local, module] : im.modules) all.modules[local] = module;
        all.binds_os = all.binds_os || im.binds_os;
      }
      os_before.push_back(all.binds_os);
      if (detect_ == Detect::AnthropicSdk) {
        for (const ImportSite& site : im.anthropic)
          out.findings.push_back({cell.raw[site.begin], cell.raw[site.end], rule_, severity_,
                                  expand_message(message_, "", target_)});
      }
    }
    if (detect_ == Detect::AnthropicSdk) return;
    // The openai module is configured in one cell and used in another.
    ModuleSigns signs;
    for (size_t i = 0; i < cells->size(); ++i)
      if (magic[i].kind == CellKind::Kernel)
        signs |= module_signs((*cells)[i].source, lexed[i].tokens, all);
    CallContext ctx{target_, rule_, {}, mode()};
    for (size_t i = 0; i < cells->size(); ++i) {
      const NotebookCell& cell = (*cells)[i];
      const CellMagic& m = magic[i];
      if (m.kind == CellKind::Other) continue;
      bool own = m.kind == CellKind::OwnModule;
      const Imports& own_imports = read.imports[i];
      ctx.module_signs = own ? nullptr : &signs;
      CallEdits r = client_calls(cell.source, lexed[i].tokens, own ? own_imports : all,
                                 Language::Python, ctx);
      for (const Edit& e : r.edits)
        out.edits.push_back({cell.raw[e.begin], cell.raw[e.end],
                             notebook_escape(cell, e.begin, e.replacement), rule_});
      for (const Finding& f : r.findings)
        out.findings.push_back({cell.raw[f.begin], cell.raw[f.end], f.rule, f.severity, f.message});
      clients(
          r.clients, [&](size_t at) { return cell.raw[at]; }, out);
      bool has_os = own ? own_imports.binds_os : os_before[i];
      if (!r.needs_os || has_os) continue;
      // After the cell magic line (IPython requires it first); in a module
      // cell also after its docstring and __future__ imports.
      size_t at = m.body;
      if (own) {
        std::string_view body = std::string_view(cell.source).substr(m.body);
        at += python_import_position(body, lex(body, Language::Python).tokens);
      }
      out.edits.push_back(
          {cell.raw[at], cell.raw[at], notebook_escape(cell, at, "import os\n"), rule_});
    }
  }

  // A row of the other-languages table can only report where its marker and
  // every identifier of its call occur literally.
  // Each needle is searched through the whole file: the tables named
  // "openai" 16 times over (40 Python needles, 27 JS ones). A needle that
  // holds another is found only where that one is, so it is dropped too.
  static void keep_shortest(std::vector<std::string_view>& needles) {
    std::sort(needles.begin(), needles.end(), [](std::string_view a, std::string_view b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    std::vector<std::string_view> kept;
    for (std::string_view n : needles)
      if (std::none_of(kept.begin(), kept.end(),
                       [&](std::string_view k) { return n.find(k) != std::string_view::npos; }))
        kept.push_back(n);
    needles = std::move(kept);
  }

  static bool other_language_may_act(std::string_view text, std::string_view ext) {
    for (const OtherClientSpec& spec : other_client_specs()) {
      if (std::find(spec.extensions.begin(), spec.extensions.end(), ext) == spec.extensions.end())
        continue;
      // C#: `new OpenAI.Chat.ChatClient(…)` needs no using directive.
      bool qualified = ext == ".cs" && text.find("OpenAI.") != std::string_view::npos;
      if (!spec.marker.empty() && text.find(spec.marker) == std::string_view::npos && !qualified)
        continue;
      bool all = std::all_of(spec.call.begin(), spec.call.end(), [&](std::string_view t) {
        bool word = !t.empty() && (std::isalnum(static_cast<unsigned char>(t[0])) || t[0] == '_');
        return !word || text.find(t) != std::string_view::npos;
      });
      if (all) return true;
    }
    return false;
  }

  std::vector<std::string_view> python_needles_;
  std::vector<std::string_view> js_needles_;
  std::vector<std::string_view> base_url_needles_;  // found anywhere, enough in both languages
  std::vector<Needle> python_find_, js_find_, base_url_find_;  // the same, ready to search
  std::string rule_;
  std::string message_;
  Severity severity_;
  Target target_;
  Detect detect_;
};

}  // namespace

std::unique_ptr<Matcher> make_client_matcher(const Rule& rule, const Target& target) {
  auto it = rule.params.find("detect");
  std::string detect = it == rule.params.end() ? "calls" : it->second;
  if (detect == "calls") return std::make_unique<ClientMatcher>(rule, target, Detect::Calls);
  if (detect == "legacy") return std::make_unique<ClientMatcher>(rule, target, Detect::Legacy);
  if (detect == "anthropic-sdk")
    return std::make_unique<ClientMatcher>(rule, target, Detect::AnthropicSdk);
  if (detect == "anthropic-api")
    return std::make_unique<ClientMatcher>(rule, target, Detect::AnthropicApi);
  throw Error(fmt::format(
      "{}:{}: rule \"{}\": detect \"{}\" must be calls, legacy, anthropic-sdk or anthropic-api",
      rule.file, rule.line, rule.id, detect));
}

}  // namespace holymigrate

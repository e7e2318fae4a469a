// docs/behaviour.md §4.6, §5.1, §5.2: the plan decides per variable over the
// whole project, from hand-made scans (no disk).
#include "plan/plan.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../fuzz/migrate_once.h"
#include "rule_fixture.h"

using namespace holymigrate;

namespace {

using A = EnvAccess;

PlanOptions options() {
  PlanOptions o;
  o.renames = {{"OPENAI_API_KEY", "HOLYSHEEP_API_KEY"},
               {"ANTHROPIC_API_KEY", "HOLYSHEEP_API_KEY"},
               {"OPENAI_BASE_URL", "HOLYSHEEP_BASE_URL"},
               {"ANTHROPIC_BASE_URL", "HOLYSHEEP_ANTHROPIC_BASE_URL"}};
  return o;
}

// A use of `variable` (a prefix is whatever stands before the source name)
// that a candidate edit renames, unless it is a binding.
struct Use {
  const char* variable;
  A how;
  const char* detail = "";
  ContainerOrigin origin = ContainerOrigin::Unknown;
};

// One file with one candidate edit per use (bindings have none), uses one
// per line.
FileScan file(size_t index, const char* path, std::vector<Use> uses,
              std::vector<ClientUse> clients = {}) {
  FileScan s;
  s.index = index;
  s.file.display = path;
  size_t offset = 0, line = 1;
  for (const Use& u : uses) {
    std::string variable = u.variable;
    static const auto renames = options().renames;
    auto src = renames.end();
    for (auto it = renames.begin(); it != renames.end(); ++it)
      if (variable.ends_with(it->first)) src = it;
    REQUIRE(src != renames.end());
    EnvUse e;
    e.name = src->first;
    e.variable = variable;
    e.offset = offset + variable.size() - e.name.size();
    e.at = {line, 1 + variable.size() - e.name.size(), 1 + variable.size() - e.name.size()};
    e.how = u.how;
    e.detail = u.detail;
    e.origin = u.origin;
    if (u.how != A::FrameworkBinding) {
      e.renamed = src->second;
      e.edit = static_cast<int>(s.edits.size());
      s.edits.push_back({{e.offset, e.offset + e.name.size(), src->second, "r"}, e.at, e.at});
    }
    s.facts.env.push_back(e);
    offset += variable.size() + 1;
    ++line;
  }
  s.facts.clients = std::move(clients);
  return s;
}

ClientUse reads(std::vector<std::string> env, int finding = -1) {
  ClientUse c;
  c.reads_env = std::move(env);
  c.finding = finding;
  return c;
}

// `s` with its uses `at` (indexes into facts.env) as the entries of one
// scope that would collide with different values (engine/collisions.h
// find_collisions); `existing` adds an entry already named the target, on
// line 99.
FileScan collide(FileScan s, std::vector<size_t> at, bool existing = false) {
  Collision c;
  c.target = "HOLYSHEEP_API_KEY";
  c.scope = ".env file";
  for (size_t i : at) {
    const EnvUse& u = s.facts.env.at(i);
    c.entries.push_back(
        {u.variable, u.variable, true, u.offset, u.offset + u.name.size(), u.at, u.at});
  }
  if (existing)
    c.entries.push_back(
        {"HOLYSHEEP_API_KEY", "HOLYSHEEP_API_KEY", false, 990, 1007, {99, 1, 1}, {99, 18, 18}});
  s.facts.collisions.push_back(std::move(c));
  return s;
}

// "renamed", "kept" or "kept + external-env" for `variable` in `scans`.
std::string decision(const std::vector<FileScan>& scans, const std::string& variable) {
  Plan p = plan(scans, options());
  bool dropped = false, kept = false, finding = false;
  for (const FileScan& s : scans) {
    const FilePlan& f = p.file(s.index);
    for (const EnvUse& u : s.facts.env) {
      if (u.variable != variable) continue;
      if (u.edit >= 0) (f.keeps_edit(static_cast<size_t>(u.edit)) ? kept : dropped) = true;
    }
    for (const ScanFinding& x : f.added_findings)
      finding = finding || (x.finding.rule == "external-env" &&
                            x.finding.message.find(variable) != std::string::npos);
  }
  if (dropped && kept) return "half";  // never: everywhere or nowhere
  if (dropped) return finding ? "kept + external-env" : "kept";
  return finding ? "renamed + external-env" : "renamed";
}

}  // namespace

TEST_CASE("plan: a variable is renamed everywhere or nowhere") {
  struct Row {
    const char* what;
    std::vector<FileScan> scans;
    const char* variable;
    const char* decision;
  };
  const std::vector<Row> rows = {
      {"env file and code",
       {file(0, ".env.example", {{"OPENAI_API_KEY", A::EnvFile}}),
        file(1, "app.py", {{"OPENAI_API_KEY", A::Code}})},
       "OPENAI_API_KEY",
       "renamed"},
      {"container env, code in the tree reads it",
       {file(0, "app.py", {{"OPENAI_API_KEY", A::Code}}),
        file(1, "k8s/d.yaml", {{"OPENAI_API_KEY", A::ContainerEnv}})},
       "OPENAI_API_KEY",
       "renamed"},
      {"container env, an SDK client reads it by itself",
       {file(0, "app.py", {}, {reads({"OPENAI_API_KEY", "OPENAI_BASE_URL"})}),
        file(1, "compose.yaml", {{"OPENAI_API_KEY", A::ContainerEnv}})},
       "OPENAI_API_KEY",
       "renamed"},
      {"Helm chart of someone else's image, no code",
       {file(0, ".env.example", {{"OPENAI_API_KEY", A::EnvFile}}),
        file(1, "chart/values.yaml", {{"OPENAI_API_KEY", A::ContainerEnv, "ghcr.io/x/webui"}})},
       "OPENAI_API_KEY",
       "kept + external-env"},
      {"a Nuxt binding cannot move, even with code reading the name",
       {file(0, ".env.example", {{"NUXT_PUBLIC_OPENAI_API_KEY", A::EnvFile}}),
        file(1, "nuxt.config.ts", {{"NUXT_PUBLIC_OPENAI_API_KEY", A::FrameworkBinding, "Nuxt"}}),
        file(2, "x.ts", {{"NUXT_PUBLIC_OPENAI_API_KEY", A::Code}})},
       "NUXT_PUBLIC_OPENAI_API_KEY",
       "kept + external-env"},
      {"the binding of another name keeps only that name",
       {file(0, ".env.example", {{"OPENAI_API_KEY", A::EnvFile}}),
        file(1, "nuxt.config.ts", {{"NUXT_PUBLIC_OPENAI_API_KEY", A::FrameworkBinding, "Nuxt"}})},
       "OPENAI_API_KEY",
       "renamed"},
      {"a binding of a name nothing renames: no finding",
       {file(0, "settings.py", {{"MY_OPENAI_API_KEY", A::FrameworkBinding, "pydantic"}})},
       "MY_OPENAI_API_KEY",
       "renamed"},
      {"a third-party action's input decides nothing",
       {file(0, ".github/workflows/r.yml", {{"ANTHROPIC_API_KEY", A::ActionInput}}),
        file(1, ".env.example", {{"ANTHROPIC_API_KEY", A::EnvFile}})},
       "ANTHROPIC_API_KEY",
       "renamed"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    CHECK(decision(r.scans, r.variable) == std::string(r.decision));
  }
}

TEST_CASE("plan: container env is decided per container (§4.6)") {
  using O = ContainerOrigin;
  // "r" renamed or "k" kept, per use of every file, then the external-env count.
  auto decide = [](const std::vector<FileScan>& scans) {
    Plan p = plan(scans, options());
    std::string out;
    size_t external = 0;
    for (const FileScan& s : scans) {
      const FilePlan& f = p.file(s.index);
      for (const EnvUse& u : s.facts.env)
        if (u.edit >= 0) out += f.keeps_edit(static_cast<size_t>(u.edit)) ? 'r' : 'k';
      out += ' ';
      for (const ScanFinding& x : f.added_findings) external += x.finding.rule == "external-env";
    }
    return out + std::to_string(external);
  };
  const Use ours{"OPENAI_API_KEY", A::ContainerEnv, "", O::Tree};
  const Use webui{"OPENAI_API_KEY", A::ContainerEnv, "ghcr.io/open-webui/open-webui:main",
                  O::Image};
  struct Row {
    const char* what;
    std::vector<FileScan> scans;
    const char* decided;
  };
  const std::vector<Row> rows = {
      {"compose: a service built here and a third-party image",
       {file(0, "app.py", {{"OPENAI_API_KEY", A::Code}}),
        file(1, "compose.yaml", {ours, webui, webui})},
       "r rkk 1"},
      {"an image a compose service builds here is ours in a manifest too",
       {file(0, "app.py", {{"OPENAI_API_KEY", A::Code}}),
        file(1, "compose.yaml", {{"OPENAI_API_KEY", A::ContainerEnv, "acme/chat", O::Tree}}),
        file(2, "k8s/d.yaml",
             {{"OPENAI_API_KEY", A::ContainerEnv, "ghcr.io/acme/chat:1.4", O::Image}, webui})},
       "r r rk 1"},
      {"an image CI builds here is ours",
       {file(0, "app.py", {{"OPENAI_API_KEY", A::Code}}),
        [] {
          FileScan ci;
          ci.index = 1;
          ci.file.display = ".github/workflows/release.yml";
          ci.facts.images = {"ghcr.io/acme/chat:latest"};
          return ci;
        }(),
        file(2, "k8s/d.yaml",
             {{"OPENAI_API_KEY", A::ContainerEnv, "ghcr.io/acme/chat:1.4", O::Image}, webui})},
       "r  rk 1"},
      {"the templates of one Helm chart are deployed together",
       {file(0, "app.py", {{"OPENAI_API_KEY", A::Code}}),
        file(1, "chart/templates/app.yaml", {ours}), file(2, "chart/templates/webui.yaml", {webui}),
        file(3, "other/templates/webui.yaml", {webui})},
       "r r k r 1"},
      {"no container of this tree in the file: decided per variable, as before",
       {file(0, "app.py", {{"OPENAI_API_KEY", A::Code}}), file(1, "k8s/d.yaml", {webui})},
       "r r 0"},
      {"no code reads it: every container keeps it",
       {file(0, "compose.yaml", {ours, webui})},
       "kk 1"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    CHECK(decide(r.scans) == std::string(r.decided));
  }
}

TEST_CASE("plan: external-env says what the program needs instead") {
  std::vector<FileScan> scans = {file(0, "chart/values.yaml",
                                      {{"OPENAI_API_KEY", A::ContainerEnv, "ghcr.io/x/webui"},
                                       {"OPENAI_API_KEY", A::ContainerEnv, "ghcr.io/x/webui"},
                                       {"OPENAI_BASE_URL", A::ContainerEnv, ""}}),
                                 file(1, "nuxt.config.ts",
                                      {{"NUXT_PUBLIC_OPENAI_API_KEY", A::FrameworkBinding,
                                        "Nuxt runtimeConfig public.openai.apiKey"}}),
                                 file(2, ".env", {{"NUXT_PUBLIC_OPENAI_API_KEY", A::EnvFile}})};
  Plan p = plan(scans, options());
  const FilePlan& values = p.file(0);
  CHECK(values.dropped_edits == std::vector<size_t>{0, 1, 2});
  REQUIRE(values.added_findings.size() == 2);  // one per variable in a file
  const Finding& key = values.added_findings[0].finding;
  CHECK(key.rule == "external-env");
  CHECK(key.severity == Severity::Warning);
  CHECK(key.message ==
        "container env OPENAI_API_KEY goes to a program whose code is not in this tree (image "
        "ghcr.io/x/webui) and no code here reads it, so it keeps its name; its value must become "
        "your HolySheep key, and the program's base-URL setting, if it has one, "
        "https://api.holysheep.ai/v1");
  CHECK(values.added_findings[0].begin.line == 1);
  CHECK(values.added_findings[0].end.column == 15);
  CHECK(values.added_findings[1].finding.message ==
        "container env OPENAI_BASE_URL goes to a program whose code is not in this tree and no "
        "code here reads it, so it keeps its name; its value must become "
        "https://api.holysheep.ai/v1");
  REQUIRE(p.file(1).added_findings.size() == 1);
  CHECK(p.file(1).added_findings[0].finding.message ==
        "NUXT_PUBLIC_OPENAI_API_KEY is read through the Nuxt runtimeConfig public.openai.apiKey: "
        "renaming the variable would disconnect it, so it keeps its name everywhere; its value "
        "must become your HolySheep key (or rename that setting and its uses yourself, then the "
        "variable to NUXT_PUBLIC_HOLYSHEEP_API_KEY)");
  CHECK(p.file(2).dropped_edits == std::vector<size_t>{0});
  CHECK(p.file(2).added_findings.empty());
}

TEST_CASE("plan: ANTHROPIC_BASE_URL becomes B when only @ai-sdk/anthropic reads it (§5.1)") {
  struct Row {
    const char* what;
    std::vector<FileScan> scans;
    const char* replacement;  // of the .env.example edit; "" = as scanned (A)
  };
  const std::vector<Row> rows = {
      {"@ai-sdk/anthropic only",
       {file(0, ".env.example", {{"ANTHROPIC_BASE_URL", A::EnvFile}}),
        file(1, "route.ts", {{"ANTHROPIC_BASE_URL", A::Code, "@ai-sdk/anthropic"}})},
       "HOLYSHEEP_BASE_URL"},
      {"the Anthropic SDK reads it too",
       {file(0, ".env.example", {{"ANTHROPIC_BASE_URL", A::EnvFile}}),
        file(1, "route.ts", {{"ANTHROPIC_BASE_URL", A::Code, "@ai-sdk/anthropic"}}),
        file(2, "a.py", {{"ANTHROPIC_BASE_URL", A::Code}})},
       ""},
      {"no reader at all", {file(0, ".env.example", {{"ANTHROPIC_BASE_URL", A::EnvFile}})}, ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Plan p = plan(r.scans, options());
    const auto& repl = p.file(0).replacements;
    if (*r.replacement == 0) {
      CHECK(repl.empty());
    } else {
      REQUIRE(repl.size() == 1);
      CHECK(repl.at(0) == r.replacement);
    }
  }
}

TEST_CASE("plan: the half-migration guard makes implicit-client an error (§5.2)") {
  // Go: c := openai.NewClient(os.Getenv("OPENAI_API_KEY")), the call not fixed.
  auto go = [](bool key_in_call, std::vector<ClientUse> clients) {
    FileScan s = file(5, "main.go", {{"OPENAI_API_KEY", A::Code}}, std::move(clients));
    const size_t key = s.facts.env[0].offset;
    size_t begin = key_in_call ? 0 : key + 20, end = key_in_call ? key + 30 : key + 40;
    s.findings.push_back({{begin, end, "implicit-client", Severity::Warning,
                           "openai.NewClient(…) uses OpenAI's endpoint"},
                          {},
                          {},
                          "openai.NewClient(…)"});
    if (!key_in_call) {  // the key is read elsewhere in the file, not for this call
      s.edits.clear();
      s.facts.env.clear();
    }
    return s;
  };
  struct Row {
    const char* what;
    std::vector<FileScan> scans;
    bool error;
  };
  const std::vector<Row> rows = {
      {"the key passed in its arguments is renamed", {go(true, {})}, true},
      {"the key it reads by itself is renamed elsewhere",
       {file(0, ".env.example", {{"OPENAI_API_KEY", A::EnvFile}}),
        go(false, {reads({"OPENAI_API_KEY"}, 0)})},
       true},
      {"nothing renames its key", {go(false, {reads({"OPENAI_API_KEY"}, 0)})}, false},
      {"only its base URL is renamed: the old key still goes to the old provider",
       {file(0, ".env.example", {{"OPENAI_BASE_URL", A::EnvFile}}),
        go(false, {reads({"OPENAI_API_KEY", "OPENAI_BASE_URL"}, 0)})},
       false},
      {"its key is kept everywhere (another program's container)",
       {file(0, "chart/values.yaml", {{"ANTHROPIC_API_KEY", A::ContainerEnv}}),
        go(false, {reads({"OPENAI_API_KEY"}, 0)})},
       false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Plan p = plan(r.scans, options());
    const FilePlan& f = p.file(5);
    CHECK(f.keeps_finding(0) == !r.error);
    if (!r.error) continue;
    REQUIRE(f.added_findings.size() == 1);
    CHECK(f.added_findings[0].finding.severity == Severity::Error);
    CHECK(f.added_findings[0].finding.message ==
          "openai.NewClient(…) uses OpenAI's endpoint — OPENAI_API_KEY is renamed to "
          "HOLYSHEEP_API_KEY in this run, so left as it is this client would send the HolySheep "
          "key to the old provider");
  }
}

TEST_CASE("plan: a collision with different values keeps its variables everywhere (§11.2)") {
  struct Row {
    const char* what;
    std::vector<FileScan> scans;
    const char* variable;
    const char* decision;
  };
  auto env_file = [](std::vector<Use> uses) { return file(0, ".env.example", std::move(uses)); };
  const std::vector<Row> rows = {
      {"no collision: renamed",
       {env_file({{"OPENAI_API_KEY", A::EnvFile}, {"ANTHROPIC_API_KEY", A::EnvFile}}),
        file(1, "app.py", {{"OPENAI_API_KEY", A::Code}})},
       "OPENAI_API_KEY",
       "renamed"},
      {"the two entries of one .env file differ: the code keeps the name too",
       {collide(env_file({{"OPENAI_API_KEY", A::EnvFile}, {"ANTHROPIC_API_KEY", A::EnvFile}}),
                {0, 1}),
        file(1, "app.py", {{"OPENAI_API_KEY", A::Code}})},
       "OPENAI_API_KEY",
       "kept"},
      {"... and so does the other side",
       {collide(env_file({{"OPENAI_API_KEY", A::EnvFile}, {"ANTHROPIC_API_KEY", A::EnvFile}}),
                {0, 1}),
        file(1, "app.py", {{"ANTHROPIC_API_KEY", A::Code}})},
       "ANTHROPIC_API_KEY",
       "kept"},
      {"a variable outside the collision is still renamed",
       {collide(env_file({{"OPENAI_API_KEY", A::EnvFile},
                          {"ANTHROPIC_API_KEY", A::EnvFile},
                          {"OPENAI_BASE_URL", A::EnvFile}}),
                {0, 1}),
        file(1, "app.py", {{"OPENAI_BASE_URL", A::Code}})},
       "OPENAI_BASE_URL",
       "renamed"},
      {"an entry already named the target",
       {collide(env_file({{"OPENAI_API_KEY", A::EnvFile}}), {0}, true),
        file(1, "app.py", {{"OPENAI_API_KEY", A::Code}})},
       "OPENAI_API_KEY",
       "kept"},
      {"the other side keeps its name anyway (another program's container): no collision",
       {collide(file(0, "compose.yaml",
                     {{"OPENAI_API_KEY", A::ContainerEnv}, {"ANTHROPIC_API_KEY", A::ContainerEnv}}),
                {0, 1}),
        file(1, "app.py", {{"ANTHROPIC_API_KEY", A::Code}})},
       "ANTHROPIC_API_KEY",
       "renamed"},
      {"... which keeps its own name with external-env",
       {collide(file(0, "compose.yaml",
                     {{"OPENAI_API_KEY", A::ContainerEnv}, {"ANTHROPIC_API_KEY", A::ContainerEnv}}),
                {0, 1}),
        file(1, "app.py", {{"ANTHROPIC_API_KEY", A::Code}})},
       "OPENAI_API_KEY",
       "kept + external-env"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    CHECK(decision(r.scans, r.variable) == std::string(r.decision));
  }
}

TEST_CASE("plan: rename-collision at every colliding entry, naming the others") {
  std::vector<FileScan> scans = {
      collide(file(0, ".env.example",
                   {{"OPENAI_API_KEY", A::EnvFile}, {"ANTHROPIC_API_KEY", A::EnvFile}}),
              {0, 1}, true),
      collide(file(1, "k8s/d.yaml",
                   {{"OPENAI_API_KEY", A::ContainerEnv}, {"ANTHROPIC_API_KEY", A::ContainerEnv}}),
              {0, 1}),
      file(2, "app.py", {{"OPENAI_API_KEY", A::Code}, {"ANTHROPIC_API_KEY", A::Code}})};
  Plan p = plan(scans, options());
  const auto& env = p.file(0).added_findings;
  REQUIRE(env.size() == 2);  // none at the entry that already had the name
  CHECK(env[0].finding.rule == "rename-collision");
  CHECK(env[0].finding.severity == Severity::Error);
  CHECK(env[0].begin.line == 1);
  CHECK(env[0].snippet == "OPENAI_API_KEY");
  CHECK(env[0].finding.message ==
        "OPENAI_API_KEY and ANTHROPIC_API_KEY (line 2) and HOLYSHEEP_API_KEY (line 99) would "
        "both become HOLYSHEEP_API_KEY in this .env file with different values, so none of them "
        "is renamed anywhere in this run: keep one entry named HOLYSHEEP_API_KEY that holds the "
        "HolySheep value, then run again (docs/behaviour.md §11.2)");
  CHECK(env[1].begin.line == 2);
  REQUIRE(p.file(1).added_findings.size() == 2);
  CHECK(p.file(1).added_findings[1].finding.message ==
        "ANTHROPIC_API_KEY and OPENAI_API_KEY (line 1) would both become HOLYSHEEP_API_KEY in "
        "this .env file with different values, so neither is renamed anywhere in this run: keep "
        "one entry named HOLYSHEEP_API_KEY that holds the HolySheep value, then run again "
        "(docs/behaviour.md §11.2)");
  for (size_t f = 0; f < 3; ++f) CHECK(p.file(f).dropped_edits == std::vector<size_t>{0, 1});
  CHECK(p.file(2).added_findings.empty());
}

TEST_CASE("plan: a variable a side-by-side client reads keeps its name for it (§5.1)") {
  // app.py: line 1 `fallback = OpenAI(api_key=os.environ["OPENAI_API_KEY"])`
  // beside a client aimed at the target (legacy-client, not edited); line 2
  // a client this run points at the target, reading the same variable.
  auto client = [](size_t begin, size_t end, bool legacy, std::vector<std::string> env = {}) {
    ClientUse c;
    c.rule = "implicit-client";
    c.offset = begin;
    c.end = end;
    c.at = {1 + begin / 15, 1, 1};
    c.legacy = legacy;
    c.fixed = !legacy;
    c.reads_env = std::move(env);
    return c;
  };
  std::vector<FileScan> scans = {
      file(0, ".env.example", {{"OPENAI_API_KEY", A::EnvFile}, {"ANTHROPIC_API_KEY", A::EnvFile}}),
      file(1, "app.py", {{"OPENAI_API_KEY", A::Code}, {"OPENAI_API_KEY", A::Code}},
           {client(0, 15, true), client(15, 30, false)}),
      file(2, "worker.py", {{"OPENAI_API_KEY", A::Code}}),
      // new Anthropic({ timeout: 5 }) beside a target client: reads the key by itself
      file(3, "chat.ts", {}, {client(0, 20, true, {"ANTHROPIC_API_KEY"})}),
  };
  Plan p = plan(scans, options());
  CHECK(p.file(0).dropped_edits == std::vector<size_t>{0, 1});  // the old names stay provided
  CHECK(p.file(1).dropped_edits == std::vector<size_t>{0});     // the side-by-side client
  CHECK(p.file(1).keeps_edit(1));  // the client moved to the target reads the new name
  CHECK(p.file(2).dropped_edits == std::vector<size_t>{0});  // who reads it here is not known
  REQUIRE(p.file(0).added_findings.size() == 2);
  const Finding& f = p.file(0).added_findings[0].finding;
  CHECK(f.rule == "legacy-client");
  CHECK(f.severity == Severity::Warning);
  CHECK(f.message ==
        "OPENAI_API_KEY keeps its name: the side-by-side client at app.py:1 still reads it for the "
        "old provider; provide HOLYSHEEP_API_KEY beside it for the clients this run moves");
  CHECK(p.file(0).added_findings[1].finding.message.starts_with(
      "ANTHROPIC_API_KEY keeps its name: the side-by-side client at chat.ts:1 "));
  CHECK(p.file(1).added_findings.empty());  // legacy-client is already reported on the call
  REQUIRE(p.file(2).added_findings.size() == 1);
}

TEST_CASE("plan: after --write, an unfixed client whose key nothing provides is an error (§5.2)") {
  // The run after a --write: the fixed clients now name the target, the
  // .env entries are renamed, and `new ChatAnthropic({...opts})` was left.
  auto unfixed = [] {
    FileScan s = file(5, "bridge.ts", {});
    s.findings.push_back({{10, 40, "implicit-client", Severity::Warning,
                           "new ChatAnthropic(…) uses Anthropic's endpoint"},
                          {},
                          {},
                          "new ChatAnthropic(…)"});
    s.facts.clients = {reads({"ANTHROPIC_API_KEY"}, 0)};
    return s;
  };
  ClientUse aimed;
  aimed.aimed = true;
  // A provider of the old name that no edit renames (as after a run that
  // could not rename it): the client still gets its key from there.
  FileScan env = file(1, ".env", {{"ANTHROPIC_API_KEY", A::EnvFile}});
  env.facts.env[0].provides = true;
  env.facts.env[0].edit = -1;
  env.edits.clear();
  // The same provider in a test file: it gives the key to the tests only.
  FileScan test_env = env;
  test_env.file.display = "src/bridge.test.ts";
  // A file that names HOLYSHEEP_API_KEY (a workflow an earlier run migrated,
  // whose clients take their base URL from configuration: none is aimed).
  FileScan names_key;
  names_key.index = 2;
  names_key.file.display = ".github/workflows/ci.yml";
  names_key.facts.names_key = true;
  // A client this run fixes (a first run): the tree is being moved.
  ClientUse fixed;
  fixed.fixed = true;
  struct Row {
    const char* what;
    std::vector<FileScan> scans;
    bool error;
    const char* why = "this tree has clients aimed at HolySheep";
  };
  const std::vector<Row> rows = {
      {"no client is aimed at the target: a first run, the key set outside the tree",
       {unfixed()},
       false},
      {"a file names K, nothing provides the key",
       {names_key, unfixed()},
       true,
       "this tree names HOLYSHEEP_API_KEY"},
      {"a file names K, the key still provided", {names_key, env, unfixed()}, false},
      {"a file names K, the key provided by a test file only",
       {names_key, test_env, unfixed()},
       true,
       "this tree names HOLYSHEEP_API_KEY"},
      {"a first run fixes another client, nothing provides the key",
       {file(0, "a.ts", {}, {fixed}), unfixed()},
       true},
      {"clients aimed at the target, the key provided by a test file only",
       {file(0, "a.ts", {}, {aimed}), test_env, unfixed()},
       true},
      {"clients aimed at the target, nothing provides its key",
       {file(0, "a.ts", {}, {aimed}), unfixed()},
       true},
      {"clients aimed at the target, its key still provided",
       {file(0, "a.ts", {}, {aimed}), env, unfixed()},
       false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Plan p = plan(r.scans, options());
    const FilePlan& f = p.file(5);
    CHECK(f.keeps_finding(0) == !r.error);
    if (!r.error) continue;
    REQUIRE(f.added_findings.size() == 1);
    CHECK(f.added_findings[0].finding.severity == Severity::Error);
    CHECK(f.added_findings[0].finding.message ==
          std::string("new ChatAnthropic(…) uses Anthropic's endpoint — ") + r.why +
              " and no file provides ANTHROPIC_API_KEY any more, so left as it is this client is "
              "half-migrated: it reads ANTHROPIC_API_KEY for the old provider (point it at "
              "HolySheep, or mark it `holymigrate: ignore` if it stays on purpose)");
  }
}

// Fuzz findings (fuzz_plan, fuzz_scan; inputs cut down by -minimize_crash):
// a call with unbalanced brackets has no known end, so its arguments may
// run to the end of the text. As a side-by-side (legacy) client it keeps
// every edit after it out, or a first run edits inside it (an endpoint URL,
// a base-URL default) and the second run, seeing it changed, decides
// otherwise (docs/behaviour.md §5.1, §6: a second run changes nothing).
// fuzz_plan run 9: a .env key that holds more than the variable
// (`-OPENAI_API_KEY=`, `env.OPENAI_API_KEY=`) is renamed in part. Pass 2
// refused the colliding renames, but the plan, looking the entries up by the
// key as written, did not see the collision and renamed the variables
// elsewhere; the next run then renamed one of them alone.
TEST_CASE("plan: a collision whose keys hold more than the variable keeps the variables (fuzz)") {
  const char* const rows[] = {"-ANTHROPIC_API_KEY=a\n-OPENAI_API_KEY=b\n",
                              "env.ANTHROPIC_API_KEY=a\nenv.OPENAI_API_KEY=b\n"};
  const RuleSet& rules = holymigrate::testing::builtin_rules();
  for (const char* dotenv : rows) {
    CAPTURE(dotenv);
    const std::string code = "import os\nkey = os.getenv(\"OPENAI_API_KEY\")\n";
    std::vector<FileScan> scans;
    for (auto [path, text] :
         {std::pair<const char*, std::string>{".env.example", dotenv}, {"app/main.py", code}}) {
      FileRef ref;
      ref.display = ref.rel = path;
      scans.push_back(scan(text, ref, rules));
      scans.back().index = scans.size() - 1;
    }
    REQUIRE(scans[0].facts.collisions.size() == 1);
    CHECK(decision(scans, "OPENAI_API_KEY") == "kept");
    CHECK(decision(scans, "ANTHROPIC_API_KEY") == "kept");
  }
}

TEST_CASE("plan: a side-by-side client with unbalanced brackets is not edited (fuzz)") {
  const char* const rows[][2] = {
      {"app/main.py",
       "from litellm import completion= completion(n[\"OPENAI_API_KEY\"]\\n' > lfon an ient()\n"
       "+s.getenv(\"HOLYSHEEP_API_KEY\" @@ import os\n \n"
       " from openai import Client(api_ \"https://api.openai.com/v1\"\\n' > la"},
      {"a.ts",
       "new OpenAI({\napiK+HOLYSHEEP_BASE_URL @@ import Anthropic from \"@anthropic-ai/sdk\";\n"
       " import OpenAI m \"openai\" c= new Anthropic({\n-N : process.env.ANTHROPIC_BASE_URL,\n"},
  };
  for (const auto& r : rows) {
    CAPTURE(r[1]);
    fuzz::Migrated once = fuzz::migrate_once(r[1], r[0], holymigrate::testing::builtin_rules());
    CHECK(fuzz::migrate_once(once.after, r[0], holymigrate::testing::builtin_rules()).edits == 0);
    CHECK(once.edits == 0);  // every edit would sit inside the unbalanced legacy call
  }
}

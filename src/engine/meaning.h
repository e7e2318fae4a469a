// Per-file meaning rules applied to one scan's result, before any
// project-wide planning (docs/behaviour.md §4.3, §4.6, §5.6). Each drops
// edits that would change what a name or a record means, and says why:
//   §4.3  in a programming language (Python, JS/TS, Go, Java, Kotlin, C#,
//         Rust, Ruby) a renamed token is kept only where it is an env access
//         or a string form: inside a string literal, a comment, or the
//         member after `env.` (`process.env.X`, `import.meta.env.X`). A bare
//         program identifier (`export const OPENAI_BASE_URL`, a Python
//         constant, a TS interface member, a keyword argument) keeps its name.
//         In JS/TS a key destructured from an env object is an env read:
//         `const { X } = process.env` becomes `const { T: X } = process.env`
//         (the edit's replacement is then "T: X", model/edit.h renamed_name()).
//         Notebook code cells are read as Python, but for `!`/`%` lines and
//         cells a non-Python cell magic runs (`%%bash`, `%%writefile .env`).
//   §4.6  a GitHub Actions step with `uses:` is a program outside the tree:
//         the names and `secrets.X` / `env.X` references in its `with:` and
//         `env:` are not renamed and each gets `external-env` (warning)
//         saying what the action needs instead. A source name that is a
//         segment of a secret-store path (`prod/app/OPENAI_API_KEY` in a
//         string) is not renamed: the store still holds that name; it gets
//         `external-env` saying what to create.
//   §5.6  URLs that are identifiers keep their text: the value of an
//         `audience`, `aud`, `iss`, `issuer`, `$id` or `$schema` key or
//         argument. Notebook cell `outputs` are never edited.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "model/edit.h"
#include "model/target.h"

namespace holymigrate {

// `path` is relative with '/' separators; an empty path (rule examples)
// applies nothing. `rename_rules`: the ids of the rules whose edits rename an
// environment variable (kind env-rename: the built-in ones and `[env]` maps);
// other edits are left alone except URLs under §5.6. Keeps result's lists sorted.
void keep_meaning(std::string_view text, std::string_view path, const Target& target,
                  const std::set<std::string, std::less<>>& rename_rules, FileResult& result);

}  // namespace holymigrate

// What the per-language fixers of other_clients.cpp share (docs/behaviour.md
// §5.2): the call as found, what a fixer returns, and small text helpers.
// Internal to engine/kinds/client.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/kinds/client/lexer.h"
#include "engine/kinds/client/other_clients.h"
#include "model/edit.h"
#include "model/target.h"

namespace holymigrate {

// One matched call: tokens [first, last] are the table row's `call`;
// `open`/`close` its argument brackets (open == npos: none follow;
// close == tokens.size(): unbalanced).
struct CallSite {
  std::string_view text;
  const std::vector<Token>& tokens;
  size_t first = 0, last = 0;
  size_t open = std::string_view::npos, close = 0;
  const OtherClientSpec& spec;
  const Target& target;
  std::string_view ext;  // the file's extension: ".kt", ".java", …

  std::string_view at(size_t i) const {
    return i < tokens.size() ? token_text(text, tokens[i]) : std::string_view();
  }
  // The base URL default: T, or root(T) for SDKs that add /v1 themselves.
  std::string base_url() const;
  // The variable the inserted base URL reads: B, or A for Anthropic clients.
  std::string base_env() const;
  // The indentation of the line that holds byte `pos`, and that line's end.
  std::string indent_at(size_t pos) const;
  std::string eol() const;
};

// A fixer's answer: edits (the rule id is filled in by the caller), imports
// the edits need (their meaning is the language's: Go import paths, C#
// namespaces), or why the call cannot be edited.
struct Fix {
  std::vector<Edit> edits;
  std::set<std::string> imports;
  std::string unreadable;  // not empty: report instead, saying why
  // Set when the fixer found the call's extent itself (C# `T x = new(…)`):
  // the finding spans to `end` and names the call as `callee`.
  size_t end = 0;
  std::string callee;
};

// A call left as it is, and why ("not a client": silently).
inline Fix skip(std::string why) {
  Fix fix;
  fix.unreadable = std::move(why);
  return fix;
}

Fix fix_go(const CallSite& call);
Fix fix_java(const CallSite& call);
Fix fix_csharp(const CallSite& call);
Fix fix_rust(const CallSite& call);
Fix fix_ruby(const CallSite& call);
Fix fix_php(const CallSite& call);
Fix fix_betalgo(const CallSite& call);

// The local name of a Go SDK package the file imports as `path` (or
// path/vN): its alias when it has one, else `fallback` (the package name).
std::string go_package_name(std::string_view text, const std::vector<Token>& tokens,
                            std::string_view path, std::string_view fallback);

// The edits that add `imports` to a file that lacks them, once per file.
std::vector<Edit> go_import_edits(std::string_view text, const std::vector<Token>& tokens,
                                  const std::set<std::string>& imports);
std::vector<Edit> csharp_using_edits(std::string_view text, const std::vector<Token>& tokens,
                                     const std::set<std::string>& imports);

// The end of a method chain whose receiver ends at token `i` (Java builders,
// Rust configs): the closing bracket of the last `.name(...)` link, or `i`.
size_t chain_end(const CallSite& call, size_t i);

// C#: the first token of the qualified name ending at token `k`
// (`global::OpenAI.Chat.ChatClient` → `global`; `k` itself when unqualified),
// and the namespace root it names (`OpenAI`; empty when unqualified).
size_t csharp_qualified_begin(std::string_view text, const std::vector<Token>& tokens, size_t k);
std::string_view csharp_namespace_root(std::string_view text, const std::vector<Token>& tokens,
                                       size_t k);

// The prevailing string quote of a file (' or "), for inserted literals.
char prevailing_quote(std::string_view text, const std::vector<Token>& tokens, char fallback);

// Splits the tokens strictly between open and close into top-level items
// separated by commas; returns each item's first token index (empty: none).
std::vector<size_t> top_level_items(std::string_view text, const std::vector<Token>& tokens,
                                    size_t open, size_t close);

}  // namespace holymigrate

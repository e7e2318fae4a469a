// Which `sk-…` strings are API keys (docs/behaviour.md §5.3). The provider
// shapes are a table (key_shapes.cpp), each row citing where the shape is
// documented; everything else is decided by placeholder words and entropy.
#pragma once

#include <span>
#include <string_view>

namespace holymigrate {

// What a key-like span (util/redact.h find_key_like) is.
enum class KeyClass {
  Placeholder,  // not reported: a placeholder word, a run, or too little entropy
  Possible,     // `possible-key` (warning): random-looking, of no provider's shape
  Provider,     // `hardcoded-key` (error): a real provider's key shape
};

// One provider key shape.
struct KeyShape {
  std::string_view provider;  // "OpenAI"
  std::string_view name;      // "project key"
  // RE2, matched against the whole key (the span find_key_like returns).
  std::string_view pattern;
  // Keys starting with this are never of this shape ("" none): RE2 has no
  // look-ahead, and `sk-ant-…` keys of a wrong length are not OpenAI keys.
  std::string_view not_prefix;
  // The key after its `sk-…-` prefix must be random-looking (high_entropy()).
  bool needs_entropy = false;
  std::string_view source;  // where the shape comes from
};

std::span<const KeyShape> key_shapes();

// The shape `key` has, or null. `key` is a whole span of key characters
// ([A-Za-z0-9_-]) starting with "sk-".
const KeyShape* provider_shape(std::string_view key);

// Classifies a key-like span: Provider when provider_shape() finds one and
// its body has no run and is random-looking; otherwise Possible unless
// is_placeholder_key(). A key with "1234" or "0000" in it is not a
// placeholder for that alone.
KeyClass classify_key(std::string_view key);

// Placeholder words (xxxx, your, test, example, dummy, fake, placeholder,
// sentinel, …, case-insensitive), a run of 5 or more equal or consecutive
// characters (aaaaa, abcde, 56789), or a body that is not random-looking.
bool is_placeholder_key(std::string_view key);

// Shannon entropy of `text` in bits per byte.
double shannon_entropy(std::string_view text);

// Random-looking. Loose (a possible key): at least 2 of upper case, lower
// case and digits, and shannon_entropy() ≥ 3.0. Strict (the bar for a 40+
// character OpenAI key with no marker): all three and ≥ 4.0. Random
// [A-Za-z0-9] text of 40 characters scores about 5; hex at most 4.
enum class EntropyBar { Loose, Strict };
bool high_entropy(std::string_view body, EntropyBar bar);

// A test file or fixture, where keys are fakes and get no finding at all:
// a folder named test, tests, __tests__, spec, fixtures, testdata anywhere in
// `path` ('/' separators), or a name like *_test.*, *.test.*, *.spec.*,
// *_spec.*, test_*.py.
bool is_test_path(std::string_view path);

}  // namespace holymigrate

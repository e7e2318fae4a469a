// docs/behaviour.md §5.1: a base-URL variable destructured from the
// environment with no default would fall back to the old provider when the
// renamed variable is unset, so it gains the target as its default.
const { OPENAI_BASE_URL } = process.env;
const { ANTHROPIC_BASE_URL: anthropicBase, OPENAI_API_KEY } = process.env;
const {
  OPENAI_API_BASE: azureBase,
} = process.env;

// A default of its own stays.
const { OPENAI_BASE_URL: proxy = "https://llm-proxy.internal.example/v1" } = process.env;

export const endpoints = { OPENAI_BASE_URL, anthropicBase, OPENAI_API_KEY, azureBase, proxy };

// docs/behaviour.md §5.1: a base-URL variable destructured from the
// environment with no default would fall back to the old provider when the
// renamed variable is unset, so it gains the target as its default.
const { HOLYSHEEP_BASE_URL: OPENAI_BASE_URL = "https://api.holysheep.ai/v1" } = process.env;
const { HOLYSHEEP_ANTHROPIC_BASE_URL: anthropicBase = "https://api.holysheep.ai", HOLYSHEEP_API_KEY: OPENAI_API_KEY } = process.env;
const {
  HOLYSHEEP_BASE_URL: azureBase = "https://api.holysheep.ai/v1",
} = process.env;

// A default of its own stays.
const { HOLYSHEEP_BASE_URL: proxy = "https://llm-proxy.internal.example/v1" } = process.env;

export const endpoints = { OPENAI_BASE_URL, anthropicBase, OPENAI_API_KEY, azureBase, proxy };

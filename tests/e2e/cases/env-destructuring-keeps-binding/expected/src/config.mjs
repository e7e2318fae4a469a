// docs/behaviour.md §4.3: keys destructured from an env object are env reads.
const { HOLYSHEEP_API_KEY: OPENAI_API_KEY } = process.env;
const { HOLYSHEEP_API_KEY: anthropicKey, HOLYSHEEP_BASE_URL: OPENAI_BASE_URL = "https://api.holysheep.ai/v1" } =
  process.env;
const { VITE_HOLYSHEEP_API_KEY: VITE_OPENAI_API_KEY } = import.meta.env;

// Not from env: an object literal and a pattern from another object keep their keys.
const names = { OPENAI_API_KEY: "key" };
const { OPENAI_API_KEY: fromSettings } = settings;

export function config() {
  return { OPENAI_API_KEY, anthropicKey, OPENAI_BASE_URL, VITE_OPENAI_API_KEY, names, fromSettings };
}

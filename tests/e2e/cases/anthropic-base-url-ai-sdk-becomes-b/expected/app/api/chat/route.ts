import { createAnthropic } from "@ai-sdk/anthropic";

const anthropic = createAnthropic({
  baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1",
  apiKey: process.env.HOLYSHEEP_API_KEY,
});

export const model = anthropic("claude-sonnet-4-5");

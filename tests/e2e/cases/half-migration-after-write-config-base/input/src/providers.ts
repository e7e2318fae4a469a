import { createOpenAI } from "@ai-sdk/openai";

type Options = { apiKey?: string; baseURL?: string };

// The base URL comes from the user's configuration.
export const PROVIDERS = {
  openrouter: (options: Options) =>
    createOpenAI({
      ...options,
      baseURL: options.baseURL ?? "https://openrouter.ai/api/v1/",
    }),
};

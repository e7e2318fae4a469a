import OpenAI from "openai";

// Primary on HolySheep, the old account as a fallback.
export const primary = new OpenAI({
  baseURL: process.env.HOLYSHEEP_BASE_URL,
  apiKey: process.env.HOLYSHEEP_API_KEY,
});
export const fallback = new OpenAI({ apiKey: process.env.LEGACY_KEY });

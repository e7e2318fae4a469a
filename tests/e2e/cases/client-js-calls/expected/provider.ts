import { createOpenAI } from "@ai-sdk/openai";
import Anthropic from "@anthropic-ai/sdk";

export const holysheep = createOpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY, compatibility: "strict" });
export const claude = new Anthropic({ baseURL: process.env.HOLYSHEEP_ANTHROPIC_BASE_URL ?? "https://api.holysheep.ai", apiKey: process.env.HOLYSHEEP_API_KEY });

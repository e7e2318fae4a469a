import { ChatOpenAI } from "@langchain/openai";
import { ChatAnthropic } from "@langchain/anthropic";

export const chat = new ChatOpenAI({ configuration: { baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1" }, apiKey: process.env.HOLYSHEEP_API_KEY, model: "gpt-4o-mini" });
export const routed = new ChatOpenAI({ apiKey: process.env.HOLYSHEEP_API_KEY, configuration: { baseURL: "https://gateway.internal/v1" } });
export const claude = new ChatAnthropic({ anthropicApiUrl: process.env.HOLYSHEEP_ANTHROPIC_BASE_URL ?? "https://api.holysheep.ai", apiKey: process.env.HOLYSHEEP_API_KEY, model: "claude-3-5-haiku-latest" });

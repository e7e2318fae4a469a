import { ChatAnthropic } from "@langchain/anthropic";

export const chat = new ChatAnthropic({ anthropicApiUrl: process.env.HOLYSHEEP_ANTHROPIC_BASE_URL ?? "https://api.holysheep.ai", apiKey: process.env.HOLYSHEEP_API_KEY, model: "claude-sonnet-4-5" });

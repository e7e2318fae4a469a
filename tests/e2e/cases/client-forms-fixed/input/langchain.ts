import { ChatOpenAI } from "@langchain/openai";
import { ChatAnthropic } from "@langchain/anthropic";

export const chat = new ChatOpenAI({ model: "gpt-4o-mini" });
export const routed = new ChatOpenAI({ configuration: { baseURL: "https://gateway.internal/v1" } });
export const claude = new ChatAnthropic({ model: "claude-3-5-haiku-latest" });

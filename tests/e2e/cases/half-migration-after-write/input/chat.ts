import { ChatAnthropic } from "@langchain/anthropic";

export const chat = new ChatAnthropic({ model: "claude-sonnet-4-5" });

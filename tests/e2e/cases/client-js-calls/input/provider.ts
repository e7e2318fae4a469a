import { createOpenAI } from "@ai-sdk/openai";
import Anthropic from "@anthropic-ai/sdk";

export const holysheep = createOpenAI({ compatibility: "strict" });
export const claude = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

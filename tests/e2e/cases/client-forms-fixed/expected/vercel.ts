import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
const openai = createOpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY });

export const answer = () => generateText({ model: openai("gpt-4o-mini"), prompt: "hi" });

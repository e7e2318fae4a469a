import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

export const claude = new Anthropic({
  apiKey: process.env.HOLYSHEEP_API_KEY,
  baseURL: process.env.HOLYSHEEP_ANTHROPIC_BASE_URL ?? "https://api.holysheep.ai",
});

export const gpt = new OpenAI({
  apiKey: process.env.HOLYSHEEP_API_KEY,
  baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1",
});

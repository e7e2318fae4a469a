import OpenAI from "openai";

const key = process.env.HOLYSHEEP_API_KEY;
export const client = new OpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: key });

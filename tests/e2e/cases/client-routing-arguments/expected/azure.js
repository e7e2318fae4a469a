import OpenAI from "openai";

export const entra = new OpenAI({ azureADTokenProvider: getToken, apiVersion: "2024-10-21" });
export const plain = new OpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY, timeout: 30 });

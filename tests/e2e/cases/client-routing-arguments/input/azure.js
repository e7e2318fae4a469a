import OpenAI from "openai";

export const entra = new OpenAI({ azureADTokenProvider: getToken, apiVersion: "2024-10-21" });
export const plain = new OpenAI({ timeout: 30 });

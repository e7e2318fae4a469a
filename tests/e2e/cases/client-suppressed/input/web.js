import OpenAI from "openai";
// holymigrate: ignore-next-line
export const legacy = new OpenAI();

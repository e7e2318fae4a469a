import { OpenAI as OAI } from "openai";
import * as sdk from "openai";

export const a = new OAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY, timeout: 5 });
export const b = new sdk.OpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY });
export const c = new sdk.default({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY });

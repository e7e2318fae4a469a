import OpenAI from "openai";
import { defaults } from "./defaults.js";

export const client = new OpenAI({ ...defaults, apiKey: process.env.OPENAI_API_KEY });

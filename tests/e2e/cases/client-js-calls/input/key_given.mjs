import OpenAI from "openai";

const key = process.env.OPENAI_API_KEY;
export const client = new OpenAI({ apiKey: key });

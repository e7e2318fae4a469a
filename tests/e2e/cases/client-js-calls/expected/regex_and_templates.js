import OpenAI from 'openai';

const quote = /["'`]/g;
const label = `client ${'a'.replace(quote, "")} ready`;
export const client = new OpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? 'https://api.holysheep.ai/v1', apiKey: process.env.HOLYSHEEP_API_KEY, defaultHeaders: { 'X-Label': label } });

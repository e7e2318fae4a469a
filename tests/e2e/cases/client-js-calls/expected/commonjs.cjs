const OpenAI = require('openai');
const { OpenAI: Client } = require('openai');
const Anthropic = require('@anthropic-ai/sdk');

const a = new OpenAI({
  baseURL: process.env.HOLYSHEEP_BASE_URL ?? 'https://api.holysheep.ai/v1',
  apiKey: process.env.HOLYSHEEP_API_KEY,
  maxRetries: 2,
  timeout: 5,
});
const b = new Client({
    baseURL: process.env.HOLYSHEEP_BASE_URL ?? 'https://api.holysheep.ai/v1',
    apiKey: process.env.HOLYSHEEP_API_KEY,
    'maxRetries': 2,
});
const c = new Anthropic({ baseURL: process.env.HOLYSHEEP_ANTHROPIC_BASE_URL ?? 'https://api.holysheep.ai', apiKey: process.env.HOLYSHEEP_API_KEY });
module.exports = { a, b, c };

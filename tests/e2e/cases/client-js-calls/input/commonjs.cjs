const OpenAI = require('openai');
const { OpenAI: Client } = require('openai');
const Anthropic = require('@anthropic-ai/sdk');

const a = new OpenAI({
  maxRetries: 2,
  timeout: 5,
});
const b = new Client({
    'maxRetries': 2,
});
const c = new Anthropic();
module.exports = { a, b, c };

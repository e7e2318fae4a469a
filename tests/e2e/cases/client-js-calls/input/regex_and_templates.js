import OpenAI from 'openai';

const quote = /["'`]/g;
const label = `client ${'a'.replace(quote, "")} ready`;
export const client = new OpenAI({ defaultHeaders: { 'X-Label': label } });

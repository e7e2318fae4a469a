import OpenAI from "openai";

const opts = { timeout: 5 };
export const a = new OpenAI(opts);
export const b = new OpenAI({ ...opts, maxRetries: 2 });
export const c = new OpenAI({ [keyName]: "x" });
export const d = new OpenAI(makeOptions());

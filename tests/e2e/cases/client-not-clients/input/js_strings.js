import OpenAI from "openai";
// new OpenAI() in a comment
const s = "new OpenAI()";
const t = `new OpenAI()`;
/* new OpenAI() */

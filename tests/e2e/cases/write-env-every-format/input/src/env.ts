const k = process.env.OPENAI_API_KEY ?? process.env["ANTHROPIC_API_KEY"];
const v = import.meta.env.VITE_OPENAI_API_KEY;
const n = process.env.NEXT_PUBLIC_OPENAI_BASE_URL;
const mine = process.env.MY_OPENAI_API_KEY;

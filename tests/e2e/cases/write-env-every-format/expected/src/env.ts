const k = process.env.HOLYSHEEP_API_KEY ?? process.env["HOLYSHEEP_API_KEY"];
const v = import.meta.env.VITE_HOLYSHEEP_API_KEY;
const n = process.env.NEXT_PUBLIC_HOLYSHEEP_BASE_URL;
const mine = process.env.MY_OPENAI_API_KEY;

import OpenAI from "openai";

// Server-side rendering and the API routes share this client.
export const openai = new OpenAI({
  baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1",
  apiKey: process.env.HOLYSHEEP_API_KEY,
});

// Demo mode (npm run dev): the browser calls the API directly with a
// development key. Never ship a production key this way.
export async function demoChat(text: string): Promise<string> {
  const res = await fetch("https://api.holysheep.ai/v1/chat/completions", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${import.meta.env.VITE_HOLYSHEEP_API_KEY}`,
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: text }],
    }),
  });
  if (!res.ok) {
    throw new Error(`chat failed: ${res.status}`);
  }
  const data = await res.json();
  return data.choices[0].message.content;
}

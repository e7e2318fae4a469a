import OpenAI from "openai";

export function useSpeech() {
  const config = useRuntimeConfig();
  return new OpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: config.public.openai.apiKey, dangerouslyAllowBrowser: true });
}

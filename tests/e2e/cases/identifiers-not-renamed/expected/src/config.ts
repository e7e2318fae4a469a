export const OPENAI_BASE_URL = process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1";
export const ANTHROPIC_BASE_URL = process.env["HOLYSHEEP_ANTHROPIC_BASE_URL"] ?? "https://api.holysheep.ai";

declare global {
  namespace NodeJS {
    interface ProcessEnv {
      OPENAI_API_KEY: string;
      ANTHROPIC_API_KEY: string;
    }
  }
}
// Reads HOLYSHEEP_API_KEY from the environment.
export const key = import.meta.env.VITE_HOLYSHEEP_API_KEY;

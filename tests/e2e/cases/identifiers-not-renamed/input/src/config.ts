export const OPENAI_BASE_URL = process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
export const ANTHROPIC_BASE_URL = process.env["ANTHROPIC_BASE_URL"] ?? "https://api.anthropic.com";

declare global {
  namespace NodeJS {
    interface ProcessEnv {
      OPENAI_API_KEY: string;
      ANTHROPIC_API_KEY: string;
    }
  }
}
// Reads OPENAI_API_KEY from the environment.
export const key = import.meta.env.VITE_OPENAI_API_KEY;

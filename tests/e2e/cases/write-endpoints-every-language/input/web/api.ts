const base = `https://api.openai.com/v1`;
export const isDefault = (u: string) => u !== 'https://api.openai.com/v1';
export const gated = (u: URL) => u.host === "api.openai.com";

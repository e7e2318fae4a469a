const base = `https://api.holysheep.ai/v1`;
export const isDefault = (u: string) => u !== 'https://api.holysheep.ai/v1';
export const gated = (u: URL) => u.host === "api.holysheep.ai";

const isAnthropic = !!process.env.HOLYSHEEP_API_KEY;
const apiKey = isAnthropic ? process.env.HOLYSHEEP_API_KEY : process.env.HOLYSHEEP_API_KEY;

export function provider(): string {
  return isAnthropic ? "anthropic" : "openai";
}
export { apiKey };

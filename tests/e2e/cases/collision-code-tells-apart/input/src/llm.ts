const isAnthropic = !!process.env.ANTHROPIC_API_KEY;
const apiKey = isAnthropic ? process.env.ANTHROPIC_API_KEY : process.env.OPENAI_API_KEY;

export function provider(): string {
  return isAnthropic ? "anthropic" : "openai";
}
export { apiKey };

export function keys(env: NodeJS.ProcessEnv = process.env) {
  const { OPENAI_API_KEY, ANTHROPIC_API_KEY } = env;
  return [OPENAI_API_KEY, ANTHROPIC_API_KEY];
}

export function keys(env: NodeJS.ProcessEnv = process.env) {
  const { HOLYSHEEP_API_KEY: OPENAI_API_KEY, HOLYSHEEP_API_KEY: ANTHROPIC_API_KEY } = env;
  return [OPENAI_API_KEY, ANTHROPIC_API_KEY];
}

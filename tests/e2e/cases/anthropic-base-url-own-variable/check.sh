# docs/behaviour.md §4.1: the two base URLs keep two names with two values
# (OpenAI's ends in /v1, Anthropic's is the root: its SDK adds /v1 itself).
# No name appears twice in the env file.
test -z "$(cut -d= -f1 .env.example | sort | uniq -d)"
grep -qx 'HOLYSHEEP_BASE_URL=https://api.holysheep.ai/v1' .env.example
grep -qx 'HOLYSHEEP_ANTHROPIC_BASE_URL=https://api.holysheep.ai' .env.example
grep -q 'baseURL: process.env.HOLYSHEEP_ANTHROPIC_BASE_URL' src/llm.ts

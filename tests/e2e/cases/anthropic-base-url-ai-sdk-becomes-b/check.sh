# docs/behaviour.md §5.1: @ai-sdk/anthropic's base URL includes /v1, so when it
# is the only reader, ANTHROPIC_BASE_URL becomes B (value T), not A.
grep -qx 'HOLYSHEEP_BASE_URL=https://api.holysheep.ai/v1' .env.example
grep -q 'process.env.HOLYSHEEP_BASE_URL' app/api/chat/route.ts
! grep -rq HOLYSHEEP_ANTHROPIC_BASE_URL .

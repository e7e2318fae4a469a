# The route keeps every call site and now makes its own provider instance.
grep -q 'import { createOpenAI } from "@ai-sdk/openai";' src/routes/summary.ts
grep -q 'const openai = createOpenAI({ baseURL: process.env.HOLYSHEEP_BASE_URL ?? "https://api.holysheep.ai/v1", apiKey: process.env.HOLYSHEEP_API_KEY });' src/routes/summary.ts
grep -q 'model: openai("gpt-4o-mini")' src/routes/summary.ts
python3 -c 'import json; json.load(open("package.json"))'
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'

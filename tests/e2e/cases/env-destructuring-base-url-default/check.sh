# The migrated module still parses, every destructured base URL has a
# default, and a second run changes nothing.
node --check src/endpoints.mjs
node --input-type=module -e '
for (const k of Object.keys(process.env)) if (/^(OPENAI|ANTHROPIC|HOLYSHEEP)_/.test(k)) delete process.env[k];
const { endpoints } = await import("./src/endpoints.mjs");
const want = {
  OPENAI_BASE_URL: "https://api.holysheep.ai/v1",
  anthropicBase: "https://api.holysheep.ai",
  OPENAI_API_KEY: undefined,
  azureBase: "https://api.holysheep.ai/v1",
  proxy: "https://llm-proxy.internal.example/v1",
};
const got = JSON.stringify(endpoints), exp = JSON.stringify(want);
if (got !== exp) { console.error("got " + got + "\nwant " + exp); process.exit(1); }
'
"$HOLYMIGRATE" --check -q . >/dev/null

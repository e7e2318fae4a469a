# The script blocks still parse as JS (TypeScript blocks are not checked: no compiler here).
python3 - <<'PY'
import re
src = open("src/components/ChatBot.vue").read()
body = re.search(r"<script setup>\n(.*?)</script>", src, re.S).group(1)
open("/tmp/.chatbot-script.mjs", "w").write(body)
astro = open("src/pages/index.astro").read()
front = astro.split("---\n")[1]
# import.meta is only valid in a module; top-level await too.
open("/tmp/.astro-front.mjs", "w").write(front)
PY
node --check /tmp/.chatbot-script.mjs
node --check /tmp/.astro-front.mjs
rm -f /tmp/.chatbot-script.mjs /tmp/.astro-front.mjs
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'

# The script blocks still parse as JS (TypeScript blocks are not checked: no compiler here).
# A folder of its own: several runs of the suite may share /tmp.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
TMP="$tmp" python3 - <<'PY'
import os, re
src = open("src/components/ChatBot.vue").read()
body = re.search(r"<script setup>\n(.*?)</script>", src, re.S).group(1)
open(os.environ["TMP"] + "/chatbot-script.mjs", "w").write(body)
astro = open("src/pages/index.astro").read()
front = astro.split("---\n")[1]
# import.meta is only valid in a module; top-level await too.
open(os.environ["TMP"] + "/astro-front.mjs", "w").write(front)
PY
node --check "$tmp/chatbot-script.mjs"
node --check "$tmp/astro-front.mjs"
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'

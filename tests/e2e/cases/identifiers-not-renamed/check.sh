python3 -c 'import ast; ast.parse(open("src/settings.py").read())'
# Each program identifier is still declared once.
test "$(grep -c 'export const' src/config.ts)" = 3
grep -q '^export const OPENAI_BASE_URL = process.env.HOLYSHEEP_BASE_URL' src/config.ts

# docs/behaviour.md §11: after --write, every YAML file of the example still
# parses with duplicate keys rejected (compose and the Kubernetes deployment
# merge OPENAI_API_KEY and ANTHROPIC_API_KEY into one HOLYSHEEP_API_KEY
# entry); the third-party UI keeps its OPENAI_API_BASE (§4.6).
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp -a . "$out"
(cd "$out" && "$HOLYMIGRATE" -q --write . > /dev/null)
cd "$out"
files=$(find . -name '*.yml' -o -name '*.yaml' | sort)
test -n "$files"
python3 "$CASE_DIR/../../lib/no_duplicate_keys.py" --strict $files
test "$(grep -c '^      HOLYSHEEP_API_KEY:' docker-compose.yml)" = 2  # api and translate, once each
test "$(grep -c -- '- name: HOLYSHEEP_API_KEY' deploy/k8s/deployment.yaml)" = 1
grep -q 'OPENAI_API_BASE: https://api.holysheep.ai/v1' docker-compose.yml
# A second run changes nothing.
"$HOLYMIGRATE" -q --check . > /dev/null

git init -q .
printf '.env\n.env.*\n!.env.example\n' > .gitignore
printf 'OPENAI_API_KEY=sk-live-not-shown\nOPENAI_BASE_URL=https://api.openai.com/v1\n' > .env
printf 'ANTHROPIC_BASE_URL=https://api.anthropic.com\nOTHER=1\n' > .env.local
printf 'NOTHING=here\n' > .env.test
git add -A
git commit -qm init

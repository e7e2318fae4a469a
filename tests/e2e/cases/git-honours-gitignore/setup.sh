git init -q .
printf '.env\nbuild/\n' > .gitignore
printf 'OPENAI_API_KEY=sk-live\n' > .env
mkdir -p build src
printf 'OPENAI_API_KEY\n' > build/out.js
printf 'key = "OPENAI_API_KEY"\n' > src/tracked.py
printf 'OPENAI_API_KEY=\n' > .env.example
git add .gitignore src/tracked.py .env.example
git commit -qm init
printf 'u = "https://api.openai.com/v1"\n' > src/untracked.py

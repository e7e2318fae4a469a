export OPENAI_API_KEY=dummy

printf 'OPENAI_API_KEY=\n' > locked.env
chmod 000 locked.env

chmod 600 locked.env
cmp locked.env <(printf 'OPENAI_API_KEY=\n')
cmp ok.env <(printf 'HOLYSHEEP_API_KEY=\n')

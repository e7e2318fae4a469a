process.env.OPENAI_API_KEY

client = OpenAI()

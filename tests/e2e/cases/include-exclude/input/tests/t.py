os.environ["OPENAI_API_KEY"]

url = "https://api.openai.com/v1"
k = os.environ["OPENAI_API_KEY"]

FEED = "https://api.openai.com/v1/feed"

KEY = "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"
URL = "https://api.openai.com/v1"

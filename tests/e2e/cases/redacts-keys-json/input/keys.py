OPENAI = "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"; URL = "https://api.openai.com/v1"
ANTHROPIC = "sk-ant-api03-Qw7eR5tY3uI1oP9aS8dF6gH4jK2lFN5yYYOTFFh6GIJZa6I8x7OGNrXMggJYCvOiUhvEXDkUb6aS4xpvyVlTeY6Oo5mNyAA"
PLACEHOLDER = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

URL = "https://api.openai.com/v1"  # left alone: excluded in .holymigrate.toml

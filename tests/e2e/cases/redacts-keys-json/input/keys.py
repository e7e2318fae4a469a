OPENAI = "sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfGa1b2c3"; URL = "https://api.openai.com/v1"
ANTHROPIC = "sk-ant-api03-Qw7eR5tY3uI1oP9aS8dF6gH4jK2l"
PLACEHOLDER = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

URL = "https://api.openai.com/v1"
TOKEN = "sk-Zq8vN3kLm2Tx7RbW9yHc4DfG"

KEY = "sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG"
AZURE = "https://acme.openai.azure.com/openai"

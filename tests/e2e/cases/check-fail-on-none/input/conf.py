KEY = "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"
AZURE = "https://acme.openai.azure.com/openai"

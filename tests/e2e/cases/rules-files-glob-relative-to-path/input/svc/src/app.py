URL = "https://llm-proxy.corp/v1"

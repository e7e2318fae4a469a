A = "https://api.openai.com/v1"  # holymigrate: ignore
# holymigrate: ignore-next-line
B = "OPENAI_API_KEY"
C = "HOLYSHEEP_API_KEY"

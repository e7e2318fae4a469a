class Main { String k = System.getenv("OPENAI_API_KEY"); }

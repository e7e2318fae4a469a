const client = new OpenAI();

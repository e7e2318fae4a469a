require "openai"

client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
proxied = OpenAI::Client.new(uri_base: "https://gateway.internal/", access_token: "x")

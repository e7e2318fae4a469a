require "openai"

# The options are a Hash built elsewhere: the tool cannot insert uri_base.
client = OpenAI::Client.new(DEFAULTS.merge(access_token: ENV["OPENAI_API_KEY"]))

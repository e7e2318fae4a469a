require "openai"

client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
bare = OpenAI::Client.new
chained = OpenAI::Client.new.models.list
noparen = OpenAI::Client.new access_token: ENV["OPENAI_API_KEY"], log_errors: true
multi = OpenAI::Client.new(
  access_token: ENV["OPENAI_API_KEY"],
  request_timeout: 240,
)
proxied = OpenAI::Client.new(uri_base: "https://gateway.internal/", access_token: "x")
splat = OpenAI::Client.new(**settings)
RSpec.describe OpenAI::Client do
  let(:client) { OpenAI::Client.new }
  let(:other) { OpenAI::Client.new || nil }
end

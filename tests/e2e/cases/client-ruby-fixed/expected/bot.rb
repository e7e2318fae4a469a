require "openai"

client = OpenAI::Client.new(uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"), access_token: ENV.fetch("HOLYSHEEP_API_KEY"))
bare = OpenAI::Client.new(uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"), access_token: ENV["HOLYSHEEP_API_KEY"])
chained = OpenAI::Client.new(uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"), access_token: ENV["HOLYSHEEP_API_KEY"]).models.list
noparen = OpenAI::Client.new uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"), access_token: ENV["HOLYSHEEP_API_KEY"], log_errors: true
multi = OpenAI::Client.new(
  uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"),
  access_token: ENV["HOLYSHEEP_API_KEY"],
  request_timeout: 240,
)
proxied = OpenAI::Client.new(uri_base: "https://gateway.internal/", access_token: "x")
splat = OpenAI::Client.new(**settings)
RSpec.describe OpenAI::Client do
  let(:client) { OpenAI::Client.new(uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"), access_token: ENV["HOLYSHEEP_API_KEY"]) }
  let(:other) { OpenAI::Client.new(uri_base: ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/"), access_token: ENV["HOLYSHEEP_API_KEY"]) || nil }
end

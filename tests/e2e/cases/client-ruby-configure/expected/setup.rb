require "openai"

# The key comes from a block of its own: uri_base goes on the block's first line.
module Setup
  def self.call
    OpenAI.configure do |config|
      config.uri_base = ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/")
      config.access_token = ENV.fetch("HOLYSHEEP_API_KEY") do
        raise "HOLYSHEEP_API_KEY is missing"
      end
    end
  end
end

OpenAI.configure { |c| c.access_token = ENV["HOLYSHEEP_API_KEY"]; c.uri_base = ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/") }

# Explicit already: left alone.
OpenAI.configure do |config|
  config.access_token = ENV["HOLYSHEEP_API_KEY"]
  config.uri_base = "https://llm-proxy.internal/"
end

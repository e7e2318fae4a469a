require "openai"

# The key comes from a block of its own: uri_base goes on the block's first line.
module Setup
  def self.call
    OpenAI.configure do |config|
      config.access_token = ENV.fetch("OPENAI_API_KEY") do
        raise "OPENAI_API_KEY is missing"
      end
    end
  end
end

OpenAI.configure { |c| c.access_token = ENV["OPENAI_API_KEY"] }

# Explicit already: left alone.
OpenAI.configure do |config|
  config.access_token = ENV["OPENAI_API_KEY"]
  config.uri_base = "https://llm-proxy.internal/"
end

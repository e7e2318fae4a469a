# frozen_string_literal: true

OpenAI.configure do |config|
  config.access_token = ENV.fetch("HOLYSHEEP_API_KEY")
  config.uri_base = ENV.fetch("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/")
  config.organization_id = ENV.fetch("OPENAI_ORGANIZATION_ID", nil) # optional
  config.log_errors = Rails.env.development?
end

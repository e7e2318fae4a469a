use async_openai::{config::OpenAIConfig, Client};

fn make<'a>(name: &'a str) -> Client<OpenAIConfig> {
    let http = reqwest::Client::new();
    let _ = (name, http);
    let config = OpenAIConfig::new().with_api_base(std::env::var("HOLYSHEEP_BASE_URL").unwrap_or_else(|_| "https://api.holysheep.ai/v1".to_string())).with_api_key(std::env::var("HOLYSHEEP_API_KEY").unwrap());
    let _explicit = Client::with_config(config);
    Client::with_config(async_openai::config::OpenAIConfig::new().with_api_base(std::env::var("HOLYSHEEP_BASE_URL").unwrap_or_else(|_| "https://api.holysheep.ai/v1".to_string())).with_api_key(std::env::var("HOLYSHEEP_API_KEY").unwrap_or_default()))
}

use async_openai::{config::OpenAIConfig, Client};

fn make<'a>(name: &'a str) -> Client<OpenAIConfig> {
    let http = reqwest::Client::new();
    let _ = (name, http);
    let config = OpenAIConfig::new().with_api_key(std::env::var("OPENAI_API_KEY").unwrap());
    let _explicit = Client::with_config(config);
    Client::new()
}

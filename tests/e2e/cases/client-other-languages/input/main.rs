use async_openai::Client;

fn make<'a>(name: &'a str) -> Client<async_openai::config::OpenAIConfig> {
    let http = reqwest::Client::new();
    let _ = (name, http);
    Client::new()
}

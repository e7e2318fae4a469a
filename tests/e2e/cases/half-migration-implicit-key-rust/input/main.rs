use async_openai::Client;

fn main() {
    let client: Client<_> = Client::default();
}

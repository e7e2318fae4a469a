fn key() -> String { std::env::var("HOLYSHEEP_API_KEY").unwrap() }

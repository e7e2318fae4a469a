class Client {
  static final String BASE = "https://api.openai.com/v1"; // default
}

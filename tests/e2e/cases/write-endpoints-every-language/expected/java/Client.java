class Client {
  static final String BASE = "https://api.holysheep.ai/v1"; // default
}

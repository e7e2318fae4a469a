import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

class App {
  // Lifetimes and chars: 'a' and '\n'.
  OpenAIClient client = OpenAIOkHttpClient.builder().fromEnv().baseUrl(System.getenv().getOrDefault("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")).apiKey(System.getenv("HOLYSHEEP_API_KEY")).build();
  OpenAIClient keyed = OpenAIOkHttpClient.builder()
      .baseUrl(System.getenv().getOrDefault("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"))
      .apiKey(System.getenv("HOLYSHEEP_API_KEY"))
      .build();
  OpenAIClient env = OpenAIOkHttpClient.builder().fromEnv().baseUrl(System.getenv().getOrDefault("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")).apiKey(System.getenv("HOLYSHEEP_API_KEY")).maxRetries(4).build();
  OpenAIClient gateway = OpenAIOkHttpClient.builder().baseUrl("https://gateway.internal/v1").apiKey("k").build();
}

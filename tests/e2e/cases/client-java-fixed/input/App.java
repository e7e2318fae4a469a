import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

class App {
  // Lifetimes and chars: 'a' and '\n'.
  OpenAIClient client = OpenAIOkHttpClient.fromEnv();
  OpenAIClient keyed = OpenAIOkHttpClient.builder()
      .apiKey(System.getenv("OPENAI_API_KEY"))
      .build();
  OpenAIClient env = OpenAIOkHttpClient.builder().fromEnv().maxRetries(4).build();
  OpenAIClient gateway = OpenAIOkHttpClient.builder().baseUrl("https://gateway.internal/v1").apiKey("k").build();
}

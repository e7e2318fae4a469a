import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

class App {
  // Lifetimes and chars: 'a' and '\n'.
  OpenAIClient client = OpenAIOkHttpClient.fromEnv();
}

import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.util.function.Supplier;

class App {
    Supplier<Object> make = OpenAIOkHttpClient::fromEnv;
}

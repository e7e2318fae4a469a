import { PROVIDERS } from "./providers";

const testEnv = { OPENAI_API_KEY: "test-key" };

test("openrouter", () => {
  expect(PROVIDERS.openrouter({ apiKey: testEnv.OPENAI_API_KEY })).toBeDefined();
});

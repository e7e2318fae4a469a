import { ChatAnthropic } from "@langchain/anthropic";

export function model(opts: object) {
  return new ChatAnthropic({ ...opts });
}

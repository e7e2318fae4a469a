import OpenAI, { type ClientOptions } from "openai";

export function makeClient(options: ClientOptions): OpenAI {
  return new OpenAI(options);
}

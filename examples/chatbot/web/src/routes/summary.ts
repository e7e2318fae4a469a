import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";

// POST /api/summary: streams a short summary of a support thread.
export async function POST(req: Request): Promise<Response> {
  const { thread } = (await req.json()) as { thread: string };
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "Summarise the support thread in three sentences, in its own language.",
    prompt: thread,
  });
  return result.toTextStreamResponse();
}

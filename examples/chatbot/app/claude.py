"""Thread summaries with Claude: long, mixed-language support threads."""
import os

import anthropic

claude = anthropic.Anthropic(
    base_url="https://api.anthropic.com",
    api_key=os.environ["ANTHROPIC_API_KEY"],
)


def summarise_thread(messages):
    transcript = "\n".join(f"{m['author']}: {m['text']}" for m in messages)
    response = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system="Summarise this support thread in English, in five bullet points.",
        messages=[{"role": "user", "content": transcript}],
    )
    return response.content[0].text

import openai


def configure(key):
    if key:
        openai.api_key = (
            key
        )
    return openai.Completion.create(engine="davinci", prompt="ping")

from openai import ChatCompletion


def ask(question):
    reply = ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )
    return reply.choices[0].message.content

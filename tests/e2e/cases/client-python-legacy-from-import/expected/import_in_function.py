def complete(prompt):
    from openai import Completion

    return Completion.create(prompt=prompt, model="text-davinci-003")

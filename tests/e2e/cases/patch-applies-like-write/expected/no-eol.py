a = 1
b = 2
c = 3
d = 4
url = "https://api.anthropic.com/v1"
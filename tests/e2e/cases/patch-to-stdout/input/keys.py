k = "sk-ant-api03-abcdefghijklmnopqrstuvwxyz"

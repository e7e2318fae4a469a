k = "sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfGa1b2"

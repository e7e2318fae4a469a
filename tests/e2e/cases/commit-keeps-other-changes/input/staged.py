staged = 1

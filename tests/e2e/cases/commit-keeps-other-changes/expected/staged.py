staged = 2

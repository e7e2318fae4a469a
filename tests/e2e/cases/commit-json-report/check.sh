test "$(git rev-parse HEAD)" = 72c1e1d0c17474732905153c4b2cc83658c427e3

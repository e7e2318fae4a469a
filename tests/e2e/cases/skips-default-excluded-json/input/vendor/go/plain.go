package go

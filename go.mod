module github.com/ahsckit/ahsckit

go 1.26

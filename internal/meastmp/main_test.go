package meastmp

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func repeat(head, item string, n int, tail string) []byte {
	var b bytes.Buffer
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(item)
	}
	b.WriteString(tail)
	return b.Bytes()
}

func TestMeasure(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("N"))
	in := repeat(`{"version":"1.0","id":"khp","name":"KHP","partners":[`, "{}", n, `]}`)
	var peak uint64
	done := make(chan bool)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-done:
				return
			default:
			}
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak {
				peak = v
			}
			time.Sleep(time.Millisecond)
		}
	}()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	base := before.HeapAlloc
	c, _, err := ahsc.Decode(bytes.NewReader(in), vocab.DecodeOptions{})
	runtime.ReadMemStats(&after)
	close(done)
	_ = c
	msg := ""
	if err != nil {
		msg = err.Error()
		if len(msg) > 200 { msg = msg[:200] }
	}
	fmt.Printf("n=%d input=%d MB allocated=%d MB peakheap(sampled, minus base)=%d MB sys=%d MB err=%q\n", n, len(in)>>20, (after.TotalAlloc-before.TotalAlloc)>>20, (peak-base)>>20, after.Sys>>20, msg)
}

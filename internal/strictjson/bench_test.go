package strictjson_test

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// benchDoc returns a document of about 50 KB: many seats, tags and budget
// lines. The content is illustrative.
func benchDoc() []byte {
	d := Doc{ID: "khp", Name: "King's Health Partners", Role: RoleChair, Start: vocab.MustParseDate("2009-04-01"),
		Share: vocab.MustRatio(1, 4), Count: 42, Score: 0.875, Active: true,
		Budget: map[string]int64{}, ByYear: map[int16]string{}, ByDate: map[vocab.Date]vocab.Ratio{}}
	for i := range 320 {
		note := "seat note " + strconv.Itoa(i)
		d.Seats = append(d.Seats, Seat{ID: vocab.BodyID("seat-" + strconv.Itoa(i)), Share: vocab.MustRatio(int64(i%7+1), 8),
			Roles: []Role{RoleMember, RoleLay}, Note: &note})
		d.Tags = append(d.Tags, "tag-"+strconv.Itoa(i))
		d.Budget["line-"+strconv.Itoa(i)] = int64(i) * 100_000
		d.ByYear[int16(1900+i)] = "year " + strconv.Itoa(i)
		d.ByDate[vocab.MustParseDate("2020-01-01").AddDays(i)] = vocab.MustRatio(int64(i), 1000)
	}
	data, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	return data
}

func BenchmarkDecode(b *testing.B) {
	data := benchDoc()
	b.Run("strictjson", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var d Doc
			if err := strictjson.Decode(bytes.NewReader(data), &d, strictjson.Options{}).Err(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var d Doc
			if err := json.Unmarshal(data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	data := benchDoc()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, p := strictjson.Parse(data, strictjson.Options{}); p != nil {
			b.Fatal(p)
		}
	}
}

func BenchmarkCanonical(b *testing.B) {
	data := benchDoc()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := strictjson.Canonical(json.RawMessage(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBenchDocSize(t *testing.T) {
	if n := len(benchDoc()); n < 40_000 || n > 70_000 {
		t.Fatalf("benchmark document is %d bytes, want about 50 KB", n)
	}
}

// scaledDoc returns a document with n seats, each with a share, roles and
// a note.
func scaledDoc(n int) []byte {
	d := Doc{ID: "khp", Name: "King's Health Partners"}
	for i := range n {
		note := "seat note " + strconv.Itoa(i)
		d.Seats = append(d.Seats, Seat{ID: vocab.BodyID("seat-" + strconv.Itoa(i)), Share: vocab.MustRatio(int64(i%7+1), 8),
			Roles: []Role{RoleMember, RoleLay}, Note: &note})
	}
	data, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	return data
}

// Decoding time and memory grow linearly with the number of seats.
func BenchmarkDecodeScaling(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		data := scaledDoc(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var d Doc
				if err := strictjson.Unmarshal(data, &d, strictjson.Options{}).Err(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Locating 100 problems reads the input once.
func BenchmarkLocate(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		data := scaledDoc(n)
		var ps vocab.Problems
		for i := range 100 {
			ps = append(ps, vocab.Required(vocab.NewPath("seats").Index(i*n/100).Child("missing"), ""))
		}
		in := strictjson.NewInput(data)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range ps {
					p.Position = vocab.Position{}
				}
				in.Locate(ps)
			}
		})
	}
}

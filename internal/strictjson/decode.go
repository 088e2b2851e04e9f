package strictjson

import (
	"bytes"
	"io"
	"reflect"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Unmarshaler is implemented by types that decode themselves strictly, such
// as a list of policy rules discriminated by a "kind" member. It is checked
// before every other way of decoding a type. Implementations decode their
// parts with d, passing paths below p, and return every problem found with
// its full path.
type Unmarshaler interface {
	UnmarshalStrict(d *Decoder, v *Value, p *vocab.Path) vocab.Problems
}

// Decoder decodes parsed values into Go values. [Decode] creates one per
// document and passes it to [Unmarshaler] hooks, so that they decode their
// parts with the same options. [NewDecoder] makes one for testing hooks on
// their own; the zero Decoder uses the default options. A Decoder is not
// safe for concurrent use.
type Decoder struct {
	opts        Options
	skipUnknown bool
	count       int           // problems recorded so far
	active      []activeHook  // hooks running, to stop a hook re-entering itself
	roots       []*vocab.Path // root paths of the DecodeValue calls under way
	steps       []step        // the current location, below the roots
}

type activeHook struct {
	v *Value
	t reflect.Type
}

// NewDecoder returns a decoder with the given options that rejects unknown
// keys, for decoding values from [Parse] directly.
func NewDecoder(opts Options) *Decoder { return &Decoder{opts: opts.withDefaults()} }

// Decode reads exactly one JSON value from r into dst, a non-nil pointer. It
// returns every problem found (errors and warnings) in document order;
// callers use problems.Err(). It reads at most opts.MaxBytes+1 bytes and
// never panics.
func Decode(r io.Reader, dst any, opts Options) vocab.Problems {
	opts = opts.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return vocab.Problems{{Type: vocab.ErrInvalid, Severity: vocab.SeverityError,
			Detail: "cannot read input: " + err.Error(), Cause: err}}
	}
	return Unmarshal(data, dst, opts)
}

// Unmarshal is [Decode] for input already in memory. Decoded values never
// alias data.
func Unmarshal(data []byte, dst any, opts Options) vocab.Problems {
	opts = opts.withDefaults()
	if int64(len(data)) > opts.MaxBytes {
		return vocab.Problems{vocab.OutOfRange(nil, nil,
			"input exceeds "+strconv.FormatInt(opts.MaxBytes, 10)+" bytes")}
	}
	if p := checkDestination(dst, nil); p != nil {
		return vocab.Problems{p}
	}
	v, p := Parse(data, opts)
	if p != nil {
		return vocab.Problems{p}
	}
	d := &Decoder{opts: opts, skipUnknown: isNewerMinor(v)}
	ps := d.DecodeValue(v, dst, nil)
	if d.full() {
		// Say that the list was cut, so callers do not take it as complete.
		ps = append(ps[:min(len(ps), opts.MaxProblems)], vocab.OutOfRange(nil, nil,
			"stopped after "+strconv.Itoa(opts.MaxProblems)+" problems; the input may have more"))
	}
	return ps
}

// isNewerMinor reports whether v is an object whose "version" member is a
// newer minor version of the current format.
func isNewerMinor(v *Value) bool {
	ver, ok := v.Member("version")
	return ok && ver.Kind() == String && vocab.Version(ver.Text()).IsNewerMinor()
}

// checkDestination reports a dst that is not a non-nil pointer.
func checkDestination(dst any, p *vocab.Path) *vocab.Problem {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return vocab.Invalid(p, nil, "cannot decode into "+describeType(rv)+": want a non-nil pointer")
	}
	return nil
}

func describeType(rv reflect.Value) string {
	if !rv.IsValid() {
		return "nil"
	}
	return rv.Type().String()
}

// DecodeValue decodes v into dst, a non-nil pointer, reporting problems at
// paths below p. Hooks may call it on their own value and type: the hook is
// then skipped and the type decoded structurally.
func (d *Decoder) DecodeValue(v *Value, dst any, p *vocab.Path) vocab.Problems {
	if prob := checkDestination(dst, p); prob != nil {
		return d.add(nil, prob)
	}
	var ps vocab.Problems
	d.pushRoot(p)
	defer d.popRoot()
	d.decode(v, reflect.ValueOf(dst).Elem(), &ps)
	return ps
}

// DecodeObject is DecodeValue for objects, ignoring the named members (such
// as a "kind" discriminator). It decodes v's members into the struct or map
// dst directly, never through dst's own UnmarshalStrict.
func (d *Decoder) DecodeObject(v *Value, dst any, p *vocab.Path, ignore ...string) vocab.Problems {
	if prob := checkDestination(dst, p); prob != nil {
		return d.add(nil, prob)
	}
	var ps vocab.Problems
	d.pushRoot(p)
	defer d.popRoot()
	rv := reflect.ValueOf(dst).Elem()
	for rv.Kind() == reflect.Pointer && v.kind != Null {
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		rv = rv.Elem()
	}
	switch {
	case v.kind != Object:
		d.typeError(v, rv.Type(), &ps)
	case rv.Kind() == reflect.Struct:
		d.decodeStruct(v, rv, &ps, ignore)
	case rv.Kind() == reflect.Map:
		d.decodeMap(v, rv, &ps, ignore)
	default:
		d.typeError(v, rv.Type(), &ps)
	}
	return ps
}

// add records problems, counting them towards MaxProblems.
func (d *Decoder) add(ps vocab.Problems, prob ...*vocab.Problem) vocab.Problems {
	d.count += len(prob)
	return ps.Add(prob...)
}

// full reports whether MaxProblems has been reached.
func (d *Decoder) full() bool { return d.count >= d.opts.withDefaults().MaxProblems }

// hookActive reports whether the hook of type t is already decoding v.
func (d *Decoder) hookActive(v *Value, t reflect.Type) bool {
	for _, a := range d.active {
		if a.v == v && a.t == t {
			return true
		}
	}
	return false
}

// decode decodes v into the settable rv.
func (d *Decoder) decode(v *Value, rv reflect.Value, ps *vocab.Problems) {
	for rv.Kind() == reflect.Pointer {
		if v.kind == Null {
			rv.SetZero()
			return
		}
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		rv = rv.Elem()
	}
	t := rv.Type()
	info := infoOf(t)
	switch {
	case info.hook && !d.hookActive(v, t):
		d.active = append(d.active, activeHook{v, t})
		hps := rv.Addr().Interface().(Unmarshaler).UnmarshalStrict(d, v, d.path())
		d.active = d.active[:len(d.active)-1]
		*ps = (*ps).Add(hps...)
		return
	case info.raw:
		d.checkDuplicates(v, ps)
		rv.SetBytes(bytes.Clone(v.raw))
		return
	case v.kind == Null:
		switch t.Kind() {
		case reflect.Slice, reflect.Map, reflect.Interface:
			rv.SetZero()
		default:
			d.typeError(v, t, ps)
		}
		return
	case info.text && (v.kind == String || !info.json):
		if v.kind != String {
			d.typeError(v, t, ps)
			return
		}
		d.unmarshalText(rv.Addr().Interface(), v, ps)
		return
	case info.json:
		d.checkDuplicates(v, ps)
		if err := rv.Addr().Interface().(jsonUnmarshaler).UnmarshalJSON(bytes.Clone(v.raw)); err != nil {
			*ps = d.add(*ps, fromError(err, d.path(), nil)...)
		}
		return
	}
	d.decodeKind(v, rv, ps)
}

// decodeKind decodes v into rv by rv's kind.
func (d *Decoder) decodeKind(v *Value, rv reflect.Value, ps *vocab.Problems) {
	t := rv.Type()
	switch k := t.Kind(); {
	case k == reflect.Struct && v.kind == Object:
		d.decodeStruct(v, rv, ps, nil)
	case k == reflect.Map && v.kind == Object:
		d.decodeMap(v, rv, ps, nil)
	case k == reflect.Slice && v.kind == Array:
		d.decodeSlice(v, rv, ps)
	case k == reflect.Slice && v.kind == String && t.Elem().Kind() == reflect.Uint8:
		d.decodeBytes(v, rv, ps)
	case k == reflect.Array && v.kind == Array:
		d.decodeArray(v, rv, ps)
	case t == numberType && v.kind == Number:
		rv.SetString(string(v.raw))
	case k == reflect.String && v.kind == String && t != numberType:
		rv.SetString(v.text)
	case k == reflect.Bool && v.kind == Bool:
		rv.SetBool(v.Bool())
	case isInt(k) && v.kind == Number:
		d.decodeInt(v, rv, ps)
	case isUint(k) && v.kind == Number:
		d.decodeUint(v, rv, ps)
	case (k == reflect.Float32 || k == reflect.Float64) && v.kind == Number:
		d.decodeFloat(v, rv, ps)
	case k == reflect.Interface && t.NumMethod() == 0:
		if g, ok := d.generic(v, ps); ok {
			rv.Set(reflect.ValueOf(&g).Elem())
		}
	case k == reflect.Interface:
		*ps = d.add(*ps, vocab.Invalid(d.path(), nil, "cannot decode into interface type "+t.String()))
	default:
		d.typeError(v, t, ps)
	}
}

// typeError reports that v's JSON type does not fit t.
func (d *Decoder) typeError(v *Value, t reflect.Type, ps *vocab.Problems) {
	*ps = d.add(*ps, &vocab.Problem{Path: d.path(), Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
		Detail: "want " + wantOf(t) + ", got " + v.kind.String()})
}

// wantOf names the JSON type that decodes into t.
func wantOf(t reflect.Type) string {
	info := infoOf(t)
	switch {
	case info.text:
		return "string"
	case info.hook || info.json || info.raw:
		return "JSON for " + t.String()
	}
	switch k := t.Kind(); {
	case t == numberType:
		return "number"
	case k == reflect.Struct || k == reflect.Map:
		return "object"
	case k == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
		return "array or base64 string"
	case k == reflect.Slice || k == reflect.Array:
		return "array"
	case k == reflect.String:
		return "string"
	case k == reflect.Bool:
		return "boolean"
	case isInt(k) || isUint(k):
		return "integer"
	case k == reflect.Float32 || k == reflect.Float64:
		return "number"
	case k == reflect.Pointer:
		return wantOf(t.Elem()) + " or null"
	}
	return t.String()
}

// fromError converts an error from UnmarshalText or UnmarshalJSON into
// problems at p: problems it carries are moved below p; any other error
// becomes vocab.ErrInvalid with the error as cause.
func fromError(err error, p *vocab.Path, value any) vocab.Problems {
	if inner := vocab.ProblemsOf(err); len(inner) > 0 {
		out := make(vocab.Problems, len(inner))
		for i, q := range inner {
			out[i] = q.WithPath(p)
		}
		return out
	}
	return vocab.Problems{{Path: p, Type: vocab.ErrInvalid, Severity: vocab.SeverityError, Value: value, Cause: err}}
}

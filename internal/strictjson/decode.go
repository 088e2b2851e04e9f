package strictjson

import (
	"bytes"
	"io"
	"reflect"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Unmarshaler is implemented by types that decode themselves strictly, such
// as a list of policy rules discriminated by a "kind" member. It is checked
// before every other way of decoding a type. Implementations decode their
// parts with d, passing paths below p, and return every problem found with
// its full path. v is valid only during the call (the decoder reuses it);
// the input has been checked to be well formed before the call.
//
// Problems should be made with [Decoder.Report] (or passed through
// [Decoder.Add]), so that they count towards the problem limit and cost
// nothing past it; problems a hook makes otherwise are counted when it
// returns.
type Unmarshaler interface {
	UnmarshalStrict(d *Decoder, v *Value, p *vocab.Path) vocab.Problems
}

// Decoder decodes JSON values into Go values as it reads them. [Decode]
// creates one per document and passes it to [Unmarshaler] hooks, so that
// they decode their parts with the same options and problem count.
// [NewDecoder] makes one for testing hooks on their own; the zero Decoder
// uses the default options. A Decoder is not safe for concurrent use.
type Decoder struct {
	opts        Options
	lx          *lexer // the value being read
	skipUnknown bool
	found       int           // problems found
	warned      int           // of which warnings (unknown keys of a newer minor version)
	member      memberKind    // what the value decode reads next is
	active      []activeHook  // hooks running, to stop a hook re-entering itself
	roots       []*vocab.Path // root paths of the DecodeValue calls under way
	steps       []step        // the current location, below the roots
	hookValues  []*Value      // a stack of Values for the hooks running, reused
	seen        [][]mark      // a stack of where each struct field was seen, reused
	hooks       int           // hookValues in use
	structs     int           // seen in use
	inArray     int           // slices being decoded around the current value
}

type activeHook struct {
	off int
	t   reflect.Type
}

// NewDecoder returns a decoder with the given options that rejects unknown
// keys, for decoding values from [Parse] directly.
func NewDecoder(opts Options) *Decoder { return &Decoder{opts: opts.WithDefaults()} }

// Decode reads exactly one JSON value from r into dst, a non-nil pointer. It
// returns the problems found (errors and warnings) in document order, each
// with its position; callers use problems.Err(). It reads at most
// opts.MaxBytes+1 bytes, keeps at most opts.MaxProblems problems and never
// panics. See [Read] and [Input.Decode].
func Decode(r io.Reader, dst any, opts Options) vocab.Problems {
	in, ps := Read(r, opts)
	if ps != nil {
		return ps
	}
	return in.Decode(dst, opts)
}

// Unmarshal is [Decode] for input already in memory. Decoded values never
// alias data.
func Unmarshal(data []byte, dst any, opts Options) vocab.Problems {
	opts = opts.WithDefaults()
	in := NewInput(data)
	if int64(len(data)) > opts.MaxBytes {
		return vocab.Problems{tooLarge(in, opts.MaxBytes)}
	}
	return in.Decode(dst, opts)
}

// Decode decodes the input into dst, a non-nil pointer, reading it once
// from start to end. Memory beyond the input is what dst needs, plus the
// nesting depth, plus the problems kept: nothing is kept of values skipped
// (unknown keys) or rejected. Problems are in document order. After
// opts.MaxProblems problems, decoding goes on counting problems without
// making them, and one closing vocab.ErrOutOfRange problem at the root says
// how many more were found. Every problem carries the position of the value
// it names (for syntax problems, of the fault).
func (in *Input) Decode(dst any, opts Options) vocab.Problems {
	opts = opts.WithDefaults()
	if p := checkDestination(dst, nil); p != nil {
		p.Position = in.Position(0)
		return vocab.Problems{p}
	}
	d := &Decoder{opts: opts, lx: in.lexer(opts), skipUnknown: in.newerMinor()}
	var ps vocab.Problems
	lx := d.lx
	d.pushRoot(nil, mark{})
	if lx.bom() {
		lx.peek()
		d.steps[0].at = lx.at(lx.pos)
		d.decode(reflect.ValueOf(dst).Elem(), &ps)
		if lx.err == nil {
			lx.eof()
		}
	}
	d.syntax(&ps)
	d.popRoot()
	in.locateMissing(ps)
	return d.finish(ps)
}

// finish cuts ps at MaxProblems and adds the closing problem when more were
// found.
func (d *Decoder) finish(ps vocab.Problems) vocab.Problems {
	max := d.max()
	found := d.found
	if len(ps) > found {
		found = len(ps) // problems a hook made without counting them
	}
	if found <= max {
		return ps
	}
	ps = ps[:min(len(ps), max)]
	// The same words as vocab.Collector's closing problem.
	listed := strconv.Itoa(max) + " problems"
	if max == 1 {
		listed = "1 problem"
	}
	p := vocab.OutOfRange(nil, nil, "stopped listing after "+listed+"; "+strconv.Itoa(found-max)+" more found")
	if found-d.warned <= len(ps.Errors()) { // every problem left out is a warning
		p.AsWarning()
	}
	if len(ps) > 0 {
		p.Position = ps[len(ps)-1].Position
	}
	return append(ps, p)
}

// newerMinor reports whether the input is an object whose first "version"
// member is a string naming a newer minor version of the current format.
// It reads the top-level object only as far as that member.
func (in *Input) newerMinor() bool {
	lx := in.lexer(Options{MaxDepth: DefaultMaxDepth})
	if !lx.bom() || lx.peek() != '{' || !lx.open() {
		return false
	}
	for first := true; ; first = false {
		key, _, ok := lx.member(first)
		if !ok {
			return false
		}
		if string(key) == "version" {
			if lx.peek() != '"' {
				return false
			}
			s, ok := lx.str()
			return ok && vocab.Version(s).IsNewerMinor()
		}
		if !lx.skip() {
			return false
		}
	}
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
	return d.decodeSub(v, dst, p, func(rv reflect.Value, ps *vocab.Problems) { d.decode(rv, ps) })
}

// DecodeObject is DecodeValue for objects, ignoring the named members (such
// as a "kind" discriminator): they are neither decoded nor unknown, but a
// repeated one is still a duplicate. It decodes v's members into the struct
// or map dst directly, never through dst's own UnmarshalStrict.
func (d *Decoder) DecodeObject(v *Value, dst any, p *vocab.Path, ignore ...string) vocab.Problems {
	return d.decodeSub(v, dst, p, func(rv reflect.Value, ps *vocab.Problems) {
		for rv.Kind() == reflect.Pointer && v.kind != Null {
			if rv.IsNil() {
				rv.Set(reflect.New(rv.Type().Elem()))
			}
			rv = rv.Elem()
		}
		switch {
		case v.kind != Object:
			d.typeError(rv.Type(), ps)
		case rv.Kind() == reflect.Struct:
			d.decodeStruct(rv, ps, ignore)
		case rv.Kind() == reflect.Map:
			d.decodeMap(rv, ps, ignore)
		default:
			d.typeError(rv.Type(), ps)
		}
	})
}

// decodeSub runs decode on v's span with locations below p.
func (d *Decoder) decodeSub(v *Value, dst any, p *vocab.Path, decode func(reflect.Value, *vocab.Problems)) vocab.Problems {
	if prob := checkDestination(dst, p); prob != nil {
		prob.Position = v.Position()
		return d.Add(nil, prob)
	}
	if v.src == nil {
		return d.Add(nil, vocab.Invalid(p, nil, "not a parsed JSON value"))
	}
	saved := d.lx
	d.lx = v.lexer()
	d.pushRoot(p, v.start)
	var ps vocab.Problems
	decode(reflect.ValueOf(dst).Elem(), &ps)
	d.syntax(&ps)
	d.popRoot()
	d.lx = saved
	return ps
}

// Add appends problems to ps, counting them towards the problem limit:
// past the limit they are counted and dropped. [Input.Decode] gives problems
// without a position the position of their path in the input.
func (d *Decoder) Add(ps vocab.Problems, probs ...*vocab.Problem) vocab.Problems {
	for _, p := range probs {
		if p != nil && d.keep() {
			ps = append(ps, p)
		}
	}
	return ps
}

// Report is Add for a problem that make builds only if it will be kept:
// past the problem limit, nothing is allocated.
func (d *Decoder) Report(ps vocab.Problems, make func() *vocab.Problem) vocab.Problems {
	if d.full() {
		d.found++
		return ps
	}
	return d.Add(ps, make())
}

// Full reports whether the problem limit has been reached: further problems
// are only counted.
func (d *Decoder) Full() bool { return d.full() }

// keep counts one problem and reports whether it is within the limit.
func (d *Decoder) keep() bool {
	d.found++
	return d.found <= d.max()
}

// full reports whether MaxProblems has been reached.
func (d *Decoder) full() bool { return d.found >= d.max() }

// max returns the problem limit (the default for the zero Decoder).
func (d *Decoder) max() int {
	if d.opts.MaxProblems <= 0 {
		return DefaultMaxProblems
	}
	return d.opts.MaxProblems
}

// problem returns a new problem at the current location, or nil past the
// limit (counting it either way).
func (d *Decoder) problem(typ vocab.ProblemType, value any, detail string) *vocab.Problem {
	if !d.keep() {
		return nil
	}
	return &vocab.Problem{Path: d.path(), Type: typ, Severity: vocab.SeverityError, Value: value,
		Detail: detail, Position: d.position()}
}

// position returns the position of the current location.
func (d *Decoder) position() vocab.Position {
	return d.lx.src.position(d.steps[len(d.steps)-1].at)
}

// syntax turns the lexer's error, if any and not yet reported, into a
// problem at the current location.
func (d *Decoder) syntax(ps *vocab.Problems) bool {
	lx := d.lx
	if lx.err == nil || lx.err.reported {
		return lx.err == nil
	}
	if d.keep() {
		*ps = append(*ps, lx.problem(d.path()))
	}
	lx.err.reported = true
	return false
}

// hookActive reports whether the hook of type t is already decoding the
// value at off.
func (d *Decoder) hookActive(off int, t reflect.Type) bool {
	for _, a := range d.active {
		if a.off == off && a.t == t {
			return true
		}
	}
	return false
}

// decode reads one value into the settable rv.
func (d *Decoder) decode(rv reflect.Value, ps *vocab.Problems) {
	lx := d.lx
	member := d.member
	d.member = notMember
	c := lx.peek()
	kind := kindAt(c)
	if kind == Invalid {
		lx.unexpected(ctxValue)
		d.syntax(ps)
		return
	}
	for rv.Kind() == reflect.Pointer {
		if kind == Null {
			d.null(rv.Type(), ps)
			return
		}
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		rv = rv.Elem()
	}
	t := rv.Type()
	info := infoOf(t)
	if kind == String && lx.emptyString() && refusesEmpty(t, info, member) {
		if d.skip(ps) {
			*ps = ps.Add(d.problem(vocab.ErrInvalid, nil, `want a value, got ""; leave the member out instead`))
		}
		return
	}
	if kind == Object && member == optionalMember && lx.emptyObject() && hasRequiredField(t, info) {
		if d.skip(ps) {
			*ps = ps.Add(d.problem(vocab.ErrInvalid, nil, "want its members, got {}; leave the member out instead"))
		}
		return
	}
	switch {
	case info.hook && !d.hookActive(lx.pos, t):
		d.hook(rv, kind, ps)
		return
	case info.raw:
		if raw, ok := d.rawValue(ps); ok {
			rv.SetBytes(bytes.Clone(raw))
		}
		return
	case kind == Null && t.Kind() == reflect.Interface:
		if _, _, ok := lx.literal(); ok {
			rv.SetZero()
		}
		d.syntax(ps)
		return
	case kind == Null:
		d.null(t, ps)
		return
	case info.text && (kind == String || !info.json):
		if kind != String {
			d.typeError(t, ps)
			return
		}
		d.unmarshalText(rv.Addr().Interface(), ps)
		return
	case info.json:
		if raw, ok := d.rawValue(ps); ok {
			if err := rv.Addr().Interface().(jsonUnmarshaler).UnmarshalJSON(bytes.Clone(raw)); err != nil {
				d.fromError(err, nil, ps)
			}
		}
		return
	}
	d.decodeKind(rv, kind, ps)
}

// memberKind says whether a value is a struct member, and whether the
// member is optional (omitempty or omitzero).
type memberKind uint8

const (
	notMember memberKind = iota // a list element, a map value, the root
	requiredMember
	optionalMember
)

// refusesEmpty reports whether the empty string is refused as a value of
// type t in the place member describes. An optional member (not a
// pointer) is left out, never "" (encoding/json never writes one): any
// text is refused there. Elsewhere (a list element, a map value, a
// pointer member) it is refused when t is a named string type (an ID, an
// enum, a code) or decodes from text (a date, a ratio), for which "" stands
// for nothing. A required member may be "": validation reports it as
// missing. The published schemas refuse the same.
func refusesEmpty(t reflect.Type, info typeInfo, member memberKind) bool {
	text := info.text || t.Kind() == reflect.String && t != numberType
	switch member {
	case optionalMember:
		return text
	case notMember:
		return text && (info.text || t.PkgPath() != "")
	}
	return false
}

// hasRequiredField reports whether struct type t, decoded field by field,
// has a member that is not optional: then {} as an optional member stands
// for nothing (encoding/json leaves out a zero omitzero struct) and is
// refused, as the published schemas refuse it for the missing member.
func hasRequiredField(t reflect.Type, info typeInfo) bool {
	if t.Kind() != reflect.Struct || info.hook || info.json || info.text {
		return false
	}
	return slices.ContainsFunc(fieldsOf(t).list, func(f field) bool { return f.required })
}

// null refuses the null literal at the lexer for a value of type t: null
// decodes only into an interface{} (or a type with its own decoding). An
// optional member is left out, never null, as the published schemas say.
func (d *Decoder) null(t reflect.Type, ps *vocab.Problems) {
	if _, _, ok := d.lx.literal(); !ok {
		d.syntax(ps)
		return
	}
	detail := "want " + wantOf(t) + ", got null"
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		detail += "; leave the member out instead"
	}
	*ps = ps.Add(d.problem(vocab.ErrTypeInvalid, nil, detail))
}

// hook calls rv's UnmarshalStrict with the value at the lexer, after
// checking that the value is well formed.
func (d *Decoder) hook(rv reflect.Value, kind Kind, ps *vocab.Problems) {
	lx := d.lx
	if d.hooks == len(d.hookValues) {
		d.hookValues = append(d.hookValues, new(Value))
	}
	v := d.hookValues[d.hooks]
	if !v.next(lx) {
		d.syntax(ps)
		return
	}
	v.kind = kind
	d.hooks++
	d.active = append(d.active, activeHook{v.start.off, rv.Type()})
	before := d.found
	hps := rv.Addr().Interface().(Unmarshaler).UnmarshalStrict(d, v, d.path())
	d.active = d.active[:len(d.active)-1]
	d.hooks--
	n := 0
	for _, p := range hps {
		if p != nil { // without a position, it gets one from locateMissing
			n++
			*ps = append(*ps, p)
		}
	}
	if counted := d.found - before; n > counted {
		d.found += n - counted
	}
}

// decodeKind decodes the value at the lexer into rv by rv's kind.
func (d *Decoder) decodeKind(rv reflect.Value, kind Kind, ps *vocab.Problems) {
	lx := d.lx
	t := rv.Type()
	switch k := t.Kind(); {
	case k == reflect.Struct && kind == Object:
		d.decodeStruct(rv, ps, nil)
	case k == reflect.Map && kind == Object:
		d.decodeMap(rv, ps, nil)
	case k == reflect.Slice && kind == Array:
		d.decodeSlice(rv, ps)
	case k == reflect.Slice && kind == String && t.Elem().Kind() == reflect.Uint8:
		d.decodeBytes(rv, ps)
	case k == reflect.Array && kind == Array:
		d.decodeArray(rv, ps)
	case t == numberType && kind == Number:
		if text, ok := lx.number(); ok {
			rv.SetString(string(text))
		}
		d.syntax(ps)
	case k == reflect.String && kind == String && t != numberType:
		if s, ok := lx.str(); ok {
			rv.SetString(string(s))
		}
		d.syntax(ps)
	case k == reflect.Bool && kind == Bool:
		if _, b, ok := lx.literal(); ok {
			rv.SetBool(b)
		}
		d.syntax(ps)
	case isInt(k) && kind == Number:
		d.decodeInt(rv, ps)
	case isUint(k) && kind == Number:
		d.decodeUint(rv, ps)
	case (k == reflect.Float32 || k == reflect.Float64) && kind == Number:
		d.decodeFloat(rv, ps)
	case k == reflect.Interface && t.NumMethod() == 0:
		if g, ok := d.generic(ps); ok {
			rv.Set(reflect.ValueOf(&g).Elem())
		}
	case k == reflect.Interface:
		*ps = ps.Add(d.problem(vocab.ErrInvalid, nil, "cannot decode into interface type "+t.String()))
		d.skip(ps)
	default:
		d.typeError(t, ps)
	}
}

// skip reads past the value at the lexer.
func (d *Decoder) skip(ps *vocab.Problems) bool {
	if !d.lx.skip() {
		return d.syntax(ps)
	}
	return true
}

// typeError reports that the JSON value at the lexer does not fit t, and
// skips it.
func (d *Decoder) typeError(t reflect.Type, ps *vocab.Problems) {
	kind := kindAt(d.lx.peek())
	if d.skip(ps) {
		*ps = ps.Add(d.problem(vocab.ErrTypeInvalid, nil, "want "+wantOf(t)+", got "+kind.String()))
	}
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
		return wantOf(t.Elem())
	}
	return t.String()
}

// fromError reports an error from UnmarshalText or UnmarshalJSON at the
// current location: problems it carries are moved below the location; any
// other error becomes vocab.ErrInvalid with the error as cause.
func (d *Decoder) fromError(err error, value []byte, ps *vocab.Problems) {
	inner := vocab.ProblemsOf(err)
	if len(inner) == 0 {
		if p := d.problem(vocab.ErrInvalid, nil, ""); p != nil {
			if value != nil {
				p.Value = clip(value)
			}
			p.Cause = err
			if msg := err.Error(); len(msg) > maxShown {
				p.Detail = string(clip([]byte(msg)))
			}
			*ps = append(*ps, p)
		}
		return
	}
	path := (*vocab.Path)(nil)
	for _, q := range inner {
		if !d.keep() {
			continue
		}
		if path == nil {
			path = d.path()
		}
		q = q.WithPath(path)
		if s, ok := q.Value.(string); ok && len(s) > maxShown {
			q.Value = clip([]byte(s))
		}
		q.Position = d.position()
		*ps = append(*ps, q)
	}
}

// maxShown is the length beyond which values and messages in problems are
// shortened.
const maxShown = 200

// clip returns b as a string, shortened to about maxShown bytes (on a
// character boundary) with "…" appended when it is longer.
func clip(b []byte) string {
	if len(b) <= maxShown {
		return string(b)
	}
	n := maxShown
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return string(b[:n]) + "…"
}

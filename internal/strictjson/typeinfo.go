package strictjson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"sync"
)

// jsonUnmarshaler is json.Unmarshaler, named here for type assertions.
type jsonUnmarshaler = json.Unmarshaler

// typeInfo records which decoding interfaces *T implements.
type typeInfo struct {
	hook bool // Unmarshaler
	text bool // encoding.TextUnmarshaler
	json bool // json.Unmarshaler
	raw  bool // json.RawMessage
}

var (
	infoCache        sync.Map // reflect.Type -> typeInfo
	unmarshalerType  = reflect.TypeFor[Unmarshaler]()
	textUnmarshaler  = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshalerT = reflect.TypeFor[json.Unmarshaler]()
	rawMessageType   = reflect.TypeFor[json.RawMessage]()
	numberType       = reflect.TypeFor[json.Number]()
)

// infoOf returns the cached typeInfo of t.
func infoOf(t reflect.Type) typeInfo {
	if i, ok := infoCache.Load(t); ok {
		return i.(typeInfo)
	}
	pt := reflect.PointerTo(t)
	i := typeInfo{
		hook: pt.Implements(unmarshalerType),
		text: pt.Implements(textUnmarshaler),
		json: pt.Implements(jsonUnmarshalerT),
		raw:  t == rawMessageType,
	}
	infoCache.Store(t, i)
	return i
}

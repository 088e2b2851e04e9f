package network_test

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// The designated centres of England as one network: Royal Brompton &
// Harefield's memberships, and the network on a date.
func Example() {
	n := reference.Network()
	if err := n.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range n.MembershipsOf("rbht") {
		fmt.Printf("rbht in %s: %s (%s)\n", m.Centre, m.Period(), m.Role)
	}
	d := vocab.MustParseDate("2017-06-01")
	for _, c := range n.At(d) {
		fmt.Printf("%s on %s: %d partners\n", c.Centre, d, len(c.Partners))
	}
	// Output:
	// rbht in imperial-ahsc: 2016-07/2021-01-31 (partner)
	// bhp on 2017-06-01: 1 partners
	// cuhp on 2017-06-01: 4 partners
	// imperial-ahsc on 2017-06-01: 4 partners
	// khp on 2017-06-01: 4 partners
	// mahsc on 2017-06-01: 5 partners
	// oahp on 2017-06-01: 4 partners
	// uclpartners on 2017-06-01: 8 partners
}

package ahsc_test

import (
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestOrgKinds(t *testing.T)        { vocabtest.CheckEnum(t, ahsc.OrgKinds()) }
func TestMembershipRoles(t *testing.T) { vocabtest.CheckEnum(t, ahsc.MembershipRoles()) }
func TestNameKinds(t *testing.T)       { vocabtest.CheckEnum(t, ahsc.NameKinds()) }
func TestSuccessionKinds(t *testing.T) { vocabtest.CheckEnum(t, ahsc.SuccessionKinds()) }

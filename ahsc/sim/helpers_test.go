package sim_test

import "github.com/ahsckit/ahsckit/ahsc/vocab"

func mustDate(s string) vocab.Date { return vocab.MustParseDate(s) }

func ratio(s string) vocab.Ratio { return vocab.MustParseRatio(s) }

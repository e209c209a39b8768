package understand

import (
	"testing"

	"bujiao/rules"
)

// TestBenefitOverSiblingsR14 (audit round 14 R14-W1): a benefit said to be
// stopped, gone or used up reads as ended — its month asked when not given —
// in characters, English, pinyin and dialect alike; never as a benefit still
// drawn (which answers "covered, SIL art. 48").
func TestBenefitOverSiblingsR14(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text  string
		want  string // "" none (still drawing), "?" ended without a month, else YYYY-MM
		treat string
	}{
		// The audit's pinyin inputs (A7, P1, P2, P5).
		{"hangzhou shi ye jin ting le, bu ji de shen me shi hou, 12 yue 15 hao kan bing neng bao ma", "?", "2026-12-15"},
		{"shanghai shi ye jin ting le, bu ji de shen me shi hou, 12 yue 15 hao zhu yuan neng bao ma", "?", "2026-12-15"},
		{"ningbo shiyejin yijing meiyou le, 12 yue 18 hao kan bing neng bao ma", "?", "2026-12-18"},
		{"hangzhou shi ye jin ling wan le, 12 yue 15 hao kan bing", "?", "2026-12-15"},
		// Pinyin siblings: joined words, another ending, a month.
		{"hangzhou shiyejin tingle 12 yue 15 hao kanbing nengbaoma", "?", "2026-12-15"},
		{"wenzhou shi ye jin mei le, 12 yue 20 hao zhu yuan", "?", "2026-12-20"},
		{"hangzhou shi ye jin 8 yue ting le, 12 yue 15 hao kan bing neng bao ma", "2026-08", "2026-12-15"},
		// Characters.
		{"杭州 失业金停了 不记得什么时候 12月15号看病能报吗", "?", "2026-12-15"},
		{"宁波失业金已经没有了， 12月18号看病能报吗", "?", "2026-12-18"},
		{"宁波 失业金早就没有了 12月18号看病能报吗", "?", "2026-12-18"},
		{"杭州 失业金领完了 12月15号看病", "?", "2026-12-15"},
		// English.
		{"hangzhou unemployment benefit stopped, not sure when, doctor dec 15 ok?", "?", "2026-12-15"},
		{"ningbo my unemployment benefit is all gone now, doctor dec 18?", "?", "2026-12-18"},
		// Dialect (Cantonese).
		{"广州 失业金冇咗 唔记得几时 12月15号睇病得唔得报", "?", ""},
		{"深圳 失业金攞完喇 12月15号住院能报吗", "?", "2026-12-15"},
		// R14-M1: the month paying resumed is never the benefit's end (A8, P7, P9).
		{"shaoxing, my unemployment benefit ran out, not sure when, but i started paying myself in october. doctor dec 15?", "?", "2026-12-15"},
		{"hangzhou, unemployment benefit finished a while ago, been paying as a freelancer since october, hospital dec 15 covered?", "?", "2026-12-15"},
		{"ningbo, benefits ran out in august, been paying on my own since november, hospital dec 28?", "2026-08", "2026-12-28"},
		{"unemployment benefit paid until october, doctor dec 15", "2026-10", "2026-12-15"},
		{"Ningbo, my unemployment pay stopped in October. Hospital on Dec 20 covered?", "2026-10", "2026-12-20"},
		{"绍兴 失业金领完了 不记得哪个月 我10月开始自己交的 12月15号看病能报吗", "?", "2026-12-15"},
		// Still drawing stays drawing.
		{"hangzhou shi ye jin hai zai ling, ling dao ming nian 3 yue, 12 yue 15 hao kan bing neng bao ma", "", "2026-12-15"},
		{"杭州 工作没有了 在领失业金 12月15号看病能报吗", "", "2026-12-15"},
		{"杭州 失业金还没领完 12月15号看病能报吗", "", "2026-12-15"},
	}
	for _, c := range cases {
		text := c.text
		if hz, ok := Depinyin(text); ok {
			text = hz // as the chat does (dialog/handlers.go)
		}
		e := Extract(text, dec7, nil, "")
		got := ""
		switch {
		case e.BenefitEnded != nil:
			got = e.BenefitEnded.String()
		case e.BenefitEndedSaid:
			got = "?"
		}
		if got != c.want {
			t.Errorf("%q (%q): benefit ended %q, want %q", c.text, text, got, c.want)
		}
		if c.treat != "" && (e.Treatment == nil || e.Treatment.String() != c.treat) {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.treat)
		}
	}
}

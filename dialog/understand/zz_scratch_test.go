package understand

import "testing"

func TestScratch36b(t *testing.T) {
	for _, s := range []string{
		"left my shanghai job at the end of august (august was paid), september and october nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?",
		"worked in shanghai, paid through july. aug and sep nothing, no job. started a job in wuhan oct 1. had surgery on sep 10 - sorry no, sep 20. can i still get that reimbursed?",
		"之前在上海交的，8月底离职，9月10月没交，11月1号来广州上班了，10月12号做了核磁能报吗",
	} {
		text, _ := fixInline(s)
		n := normalizeText(writeInEnglishPinyin(firstOneComma34c(text)))
		t.Logf("%q", n.s)
	}
}

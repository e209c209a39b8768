package persist

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRedact(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Identity numbers.
		{"id 18", "身份证110101199003071234", "身份证[ID]"},
		{"id X check digit", "证件号 11010119900307123X 谢谢", "证件号 [ID] 谢谢"},
		{"id lower x", "11010119900307123x", "[ID]"},
		{"id grouped", "110101 19900307 1234", "[ID]"},
		{"id grouped 6-4-4-4", "110101-1990-0307-123X", "[ID]"},
		{"id old 15", "老身份证110101900307123", "老身份证[ID]"},
		{"id full-width", "身份证１１０１０１１９９００３０７１２３Ｘ", "身份证[ID]"},
		// Phones.
		{"mobile", "电话13812345678", "电话[PHONE]"},
		{"mobile spaced", "手机 138 1234 5678 找我", "手机 [PHONE] 找我"},
		{"mobile dashed", "138-1234-5678", "[PHONE]"},
		{"mobile +86", "+86 13812345678", "[PHONE]"},
		{"mobile 86 glued", "8613812345678", "[PHONE]"},
		{"mobile 0086 dashed", "0086-138-1234-5678", "[PHONE]"},
		{"mobile full-width", "１３９１２３４５６７８", "[PHONE]"},
		{"mobile full-width plus and dash", "＋８６－１５０－１２３４－５６７８", "[PHONE]"},
		{"two mobiles", "13812345678,13912345678", "[PHONE],[PHONE]"},
		{"landline", "座机0755-12345678", "座机[PHONE]"},
		{"landline beijing", "010-8765 4321", "[PHONE]"},
		{"landline parens", "(021)87654321", "[PHONE]"},
		{"landline +86", "+86 10 8765 4321", "[PHONE]"},
		// Cards.
		{"card 19", "卡号6222021234567890123", "卡号[CARD]"},
		{"card 16", "4111111111111111", "[CARD]"},
		{"card grouped", "卡号 6222 0212 3456 7890 123 ok", "卡号 [CARD] ok"},
		{"card grouped then year", "6222 0212 3456 7890 2025年", "[CARD] 2025年"},
		{"card 18 without birth date", "622202123456789012", "[CARD]"},
		// E-mail.
		{"email", "邮箱zhang.san+test@example.com.cn谢谢", "邮箱[EMAIL]谢谢"},
		{"qq email", "12345678@qq.com", "[EMAIL]"},
		{"full-width email", "ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ", "[EMAIL]"},
		// Anything long.
		{"long number", "编号12345678901234567890123", "编号[NUMBER]"},
		{"mixed", "我叫张三，电话13812345678，身份证110101199003071234，邮箱a@b.cn",
			"我叫张三，电话[PHONE]，身份证[ID]，邮箱[EMAIL]"},
		// How people actually write numbers: other separators, spaced
		// digits, other digit systems, grouped IDs.
		{"mobile dots", "电话138.1234.5678", "电话[PHONE]"},
		{"mobile 3-3-5", "138 123 45678", "[PHONE]"},
		{"mobile 3-3-5 dashes", "138-123-45678", "[PHONE]"},
		{"mobile underscores", "138_1234_5678", "[PHONE]"},
		{"mobile spaced digits", "1 3 8 1 2 3 4 5 6 7 8", "[PHONE]"},
		{"mobile double spaces", "138  1234  5678", "[PHONE]"},
		{"mobile brackets", "(138)1234-5678", "[PHONE]"},
		{"mobile full-width dots", "１３８．１２３４．５６７８", "[PHONE]"},
		{"mobile middle dots", "138·1234·5678", "[PHONE]"},
		{"mobile ideographic spaces", "138　1234　5678", "[PHONE]"},
		{"mobile arabic-indic", "١٣٨١٢٣٤٥٦٧٨", "[PHONE]"},
		{"mobile devanagari", "१३८१२३४५६७८", "[PHONE]"},
		{"mobile mathematical", "𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "[PHONE]"},
		{"mobile +86 dots", "+86.138.1234.5678", "[PHONE]"},
		{"mobile 0086 spaced", "0086 138 1234 5678", "[PHONE]"},
		{"mobile in sentence", "我的手机是138 1234 5678，谢谢", "我的手机是[PHONE]，谢谢"},
		{"two spaced mobiles", "138 1234 5678 139 1234 5678", "[PHONE] [PHONE]"},
		{"landline dots", "021.8765.4321", "[PHONE]"},
		{"landline spaced", "0 2 1 8 7 6 5 4 3 2 1", "[PHONE]"},
		{"landline full-width brackets", "（０２１）８７６５４３２１", "[PHONE]"},
		{"id 4-4-4-4-2", "1101 0119 9003 0712 34", "[ID]"},
		{"id 4-4-4-4-2 X", "1101 0119 9003 0712 3X", "[ID]"},
		{"id dots", "110101.19900307.1234", "[ID]"},
		{"id spaced digits", "1 1 0 1 0 1 1 9 9 0 0 3 0 7 1 2 3 4", "[ID]"},
		{"id 3-3-4-4-4", "110 101 1990 0307 1234", "[ID]"},
		{"id underscores", "110101_19900307_1234", "[ID]"},
		{"id full-width grouped", "１１０１ ０１１９ ９００３ ０７１２ ３４", "[ID]"},
		{"id arabic-indic", "١١٠١٠١١٩٩٠٠٣٠٧١٢٣٤", "[ID]"},
		{"card dots", "6222.0212.3456.7890.123", "[CARD]"},
		{"card spaced 4-4-4-4", "4111 1111 1111 1111", "[CARD]"},
		{"long spaced number", "1 2 3 4 5 6 7 8 9 0 1 2 3", "[NUMBER]"},
		// Forms found stored unredacted (issue 25): slashes, full-width
		// commas, line breaks, Chinese numerals, 幺 and 洞.
		{"mobile slashes", "手机138/1234/5678", "手机[PHONE]"},
		{"mobile full-width commas", "138，1234，5678", "[PHONE]"},
		{"mobile enumeration commas", "138、1234、5678", "[PHONE]"},
		{"mobile line breaks", "手机\n138\n1234\n5678\n谢谢", "手机\n[PHONE]\n谢谢"},
		{"mobile CRLF", "138\r\n1234\r\n5678", "[PHONE]"},
		{"mobile chinese numerals", "电话一三八一二三四五六七八", "电话[PHONE]"},
		{"mobile financial numerals", "壹叁捌壹贰叁肆伍陆柒捌", "[PHONE]"},
		{"mobile read aloud", "幺三八幺两三四五六拐八", "[PHONE]"},
		{"landline 洞", "洞两幺八七六五四三两幺", "[PHONE]"},
		{"id chinese numerals", "身份证一一〇一〇一一九九〇〇三〇七一二三四", "身份证[ID]"},
		{"mobile circled", "①③⑧①②③④⑤⑥⑦⑧", "[PHONE]"},
		{"card 16 spaced digits", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "[CARD]"},
		{"mobile glued to a word", "tel138/1234/5678", "tel[PHONE]"},
		{"id glued to a word", "ID110101/19900307/1234", "ID[ID]"},
		{"mobile glued, commas", "tel138，1234，5678", "tel[PHONE]"},
		{"version glued", "v1.2.3 build 2025.03.01", "v1.2.3 build 2025.03.01"},
		// Must not be redacted.
		{"chinese counts", "断缴两年，勾选了三个，二〇二五年三月", "断缴两年，勾选了三个，二〇二五年三月"},
		{"loophole", "有漏洞吗", "有漏洞吗"},
		{"date slashes", "2025/03/01到2025/06/30", "2025/03/01到2025/06/30"},
		{"amounts on lines", "8000\n12,000元", "8000\n12,000元"},
		{"dates with dots", "2025.03.01到2025.06.30", "2025.03.01到2025.06.30"},
		{"date range spaced", "2025 03 01 - 2025 06 30", "2025 03 01 - 2025 06 30"},
		{"years with dashes", "2019-2020-2021-2022", "2019-2020-2021-2022"},
		{"amount spaced thousands", "1 000 000元", "1 000 000元"},
		{"version", "v1.2.3", "v1.2.3"},
		{"arabic-indic months", "٨ months", "٨ months"},
		{"year", "2025年断缴了", "2025年断缴了"},
		{"amount", "每月8000元", "每月8000元"},
		{"amount decimal", "缴费1234.56元", "缴费1234.56元"},
		{"amount thousands", "12,000元", "12,000元"},
		{"date", "2025-03-01开始", "2025-03-01开始"},
		{"date range", "2025-03-01 2025-06-30", "2025-03-01 2025-06-30"},
		{"compact dates", "20250301-20250630", "20250301-20250630"},
		{"hotline", "打12393咨询", "打12393咨询"},
		{"bank hotline", "95518", "95518"},
		{"months", "断缴8个月", "断缴8个月"},
		{"full-width months", "断缴８个月", "断缴８个月"},
		{"years list", "2019 2020 2021 2022年都缴了", "2019 2020 2021 2022年都缴了"},
		{"time", "2025-03-01 10:30:00", "2025-03-01 10:30:00"},
		{"percent", "报销比例70%，起付线1800元", "报销比例70%，起付线1800元"},
		{"last four", "身份证后四位1234", "身份证后四位1234"},
		{"short digits", "12345678", "12345678"},
		{"empty", "", ""},
		{"no digits", "我的医保断了怎么办？", "我的医保断了怎么办？"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Redact(tt.in); got != tt.want {
				t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Redact(tt.want); got != tt.want && utf8.ValidString(tt.in) {
				t.Errorf("Redact not idempotent on %q: %q", tt.want, got)
			}
		})
	}
}

// longestDigitRun counts ASCII and full-width digits, as Redact does.
func longestDigitRun(s string) int {
	best, cur := 0, 0
	for _, r := range s {
		if f := fold(r); f >= '0' && f <= '9' {
			cur++
			best = max(best, cur)
		} else {
			cur = 0
		}
	}
	return best
}

func FuzzRedact(f *testing.F) {
	for _, s := range []string{
		"13812345678", "110101199003071234", "11010119900307123X", "6222 0212 3456 7890 123",
		"a@b.cn", "+86 138-1234-5678", "0755-12345678", "２０２５年", "1234567890123456789012345",
		"12393", "2025-03-01", "138123456781381234567", "1@1.co@2.cn", "(010)-1234-5678 9",
		"138.1234.5678", "1 3 8 1 2 3 4 5 6 7 8", "1101 0119 9003 0712 34", "١٣٨١٢٣٤٥٦٧٨", "2019 2020 2021 2022",
	} {
		f.Add(s)
	}
	// Numbers as people write them (the generator of TestRedactNumberForms):
	// every digit system once, with varied groupings and separators.
	for d := range len(digitSystems) + 1 {
		form, _, _ := numberForm(d, d, d, d*7, uint64(d))
		f.Add("号码" + form + "谢谢")
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Redact(s)
		if n := longestDigitRun(out); n >= 12 {
			t.Fatalf("Redact(%q) = %q keeps a %d-digit run", s, out, n)
		}
		if again := Redact(out); again != out {
			t.Fatalf("not idempotent: Redact(%q) = %q, Redact of that = %q", s, out, again)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Redact(%q) is not valid UTF-8", s)
		}
		if !strings.ContainsAny(s, "0123456789@") && utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r > 0x7f }) && out != s {
			t.Fatalf("Redact changed plain ASCII text without digits: %q → %q", s, out)
		}
	})
}

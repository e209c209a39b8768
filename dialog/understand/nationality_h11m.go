package understand

import "strings"

// A nationality told without an article ("Korean national here, I quit my
// job in Hangzhou", heldout11; "Japanese citizen, working in Shanghai",
// "I'm Indian national working in Shenzhen") is a nationality as "a Korean
// national" is: never the national rules, which would answer a Hangzhou
// case by the national baseline. Without the article the word before must
// look like a people's name (Korean, Japanese, British, French, Thai, US),
// and stand at the start of the message or a clause, or after "I'm".

// bareNationality reports people, with the text a before it, as a
// nationality told without an article.
func bareNationality(a, people string) bool {
	a = strings.ReplaceAll(a, ",", ", ")
	if !(a == "" || strings.HasSuffix(a, ",") || strings.HasSuffix(a, ".") || strings.HasSuffix(a, ";") || strings.HasSuffix(a, ":") ||
		strings.HasSuffix(a, "!") || strings.HasSuffix(a, "?") || a == "im" || a == "i am" || a == "i m" ||
		strings.HasSuffix(a, " im") || strings.HasSuffix(a, " i am") || strings.HasSuffix(a, " i m") || strings.HasSuffix(a, "hi") || strings.HasSuffix(a, "hello")) {
		return false
	}
	switch people {
	case "us", "uk", "eu", "usa":
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "ch", "i", "ss"} {
		if strings.HasSuffix(people, suf) && len(people) > len(suf)+2 {
			return true
		}
	}
	return false
}

// bareStart reports a word at w that starts the message or follows a
// comma or a full stop.
func bareStart(s string, w int) bool {
	return w == 0 || s[w-1] == ',' || s[w-1] == '.'
}

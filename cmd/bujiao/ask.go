package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

// askFlags are the fact flags of `bujiao ask`, one per schema row, in
// question order. Help-desk scripts depend on these names: the schema adds
// rows, never renames them.
var askFlags = func() []string {
	var out []string
	for _, d := range rules.Schema {
		out = append(out, d.Flag())
	}
	return out
}()

// boolFlags may be given bare (--newborn) or with a value (--newborn=false).
var boolFlags = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range rules.Schema {
		if d.Kind == rules.KindBool {
			m[d.Flag()] = true
		}
	}
	return m
}()

type recordedFlag struct {
	name   string
	values map[string]string
	isBool bool
}

func (r *recordedFlag) String() string { return "" }
func (r *recordedFlag) Set(s string) error {
	r.values[r.name] = s
	return nil
}
func (r *recordedFlag) IsBoolFlag() bool { return r.isBool }

// flagFromArgs finds a flag's value before parsing, so even errors about
// other flags come out in the language, and from the knowledge base, asked for.
func flagFromArgs(args []string, name string) string {
	for i, a := range args {
		a = strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v
		}
		if a == name && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// langFromArgs is the --lang in args, Chinese when absent or invalid.
func langFromArgs(args []string) knowledge.Lang {
	if l, ok := knowledge.ParseLang(flagFromArgs(args, "lang")); ok {
		return l
	}
	return knowledge.Zh
}

// flagOf names the flag of a fact key; the gap can be given two ways.
func flagOf(key string) string {
	if key == "gap_months" {
		return "gap-months / --since"
	}
	return strings.ReplaceAll(key, "_", "-")
}

func runAsk(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	lang := langFromArgs(args)
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	values := map[string]string{}
	for _, name := range askFlags {
		fs.Var(&recordedFlag{name: name, values: values, isBool: boolFlags[name]}, name, "")
	}
	today := fs.String("today", "", "")
	langFlag := fs.String("lang", string(lang), "")
	format := fs.String("format", "text", "")
	brief := fs.Bool("brief", false, "")
	fs.String("kb", "", "")
	b, err := loadKB(flagFromArgs(args, "kb"))
	if err != nil {
		return err
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, b.Msg(lang, "cli.ask.usage"))
			return nil
		}
		return usageError("%s\n%s", localiseFlagError(b, lang, err), b.Msg(lang, "cli.see_help"))
	}
	if fs.NArg() > 0 {
		return usageError("%s", b.Msgf(lang, "cli.extra_args", "args", strings.Join(fs.Args(), " ")))
	}
	if _, ok := knowledge.ParseLang(*langFlag); !ok {
		return usageError("%s", invalidFlag(b, lang, "lang", *langFlag))
	}
	fmtv := knowledge.Format(*format)
	if fmtv != knowledge.FormatText && fmtv != knowledge.FormatMarkdown && fmtv != knowledge.FormatJSON {
		return usageError("%s", b.Msgf(lang, "cli.invalid_flag", "flag", "format", "value", *format, "valid", "text | markdown | json"))
	}
	day := knowledge.Today(time.Now())
	if *today != "" {
		if day, err = knowledge.ParseDay(*today); err != nil {
			return usageError("%s", invalidFlag(b, lang, "today", *today))
		}
	}
	answer, err := answerFromValues(b, values, day, lang, fmtv, *brief)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, answer)
	return err
}

// answerFromValues turns flag values (kebab-case names) into a rendered
// answer, with exit status 2 and a localised message for anything missing
// or invalid; brief gives the short answer.
func answerFromValues(b *knowledge.Base, values map[string]string, day rules.Date, lang knowledge.Lang, format knowledge.Format, brief bool) (string, error) {
	kv := make(map[string]string, len(values))
	for k, v := range values {
		if boolFlags[k] && v == "" {
			v = "true"
		}
		kv[strings.ReplaceAll(k, "-", "_")] = v
	}
	c, err := b.AnswerCase(kv, day, lang)
	if err != nil {
		return "", err
	}
	if len(c.Problems) > 0 {
		var msgs []string
		missing := false
		for _, p := range c.Problems {
			msgs = append(msgs, problemMessage(b, lang, p))
			missing = missing || p.Kind == knowledge.ProblemMissing
		}
		if missing {
			msgs = append(msgs, b.Msg(lang, "cli.see_help"))
		}
		return "", usageError("%s", strings.Join(msgs, "\n"))
	}
	if brief {
		return b.RenderShort(&c.Outcome, lang, format)
	}
	return b.Render(&c.Outcome, lang, format)
}

// impossible maps the rules' reasons for facts impossible together to
// their messages.
var impossible = map[string]string{
	rules.ReasonGapBefore1990:   "cli.gap_before_1990",
	rules.ReasonLocalAboveTotal: "cli.local_above_total",
	rules.ReasonPremiumYear:     "cli.premium_year",
}

// problemMessage says what is wrong with one flag, in lang.
func problemMessage(b *knowledge.Base, lang knowledge.Lang, p knowledge.CaseProblem) string {
	flag := flagOf(p.Key)
	switch p.Kind {
	case knowledge.ProblemMissing:
		return b.Msgf(lang, "cli.missing_flag", "flag", flag, "valid", p.Valid)
	case knowledge.ProblemAmbiguous:
		return b.Msgf(lang, "cli.ambiguous_place", "flag", flag, "value", p.Value, "candidates", strings.Join(p.Candidates, b.Msg(lang, "list_sep")))
	case knowledge.ProblemConflict:
		return b.Msgf(lang, "cli.conflict", "a", strings.ReplaceAll(p.Excludes, "_", "-"), "b", strings.ReplaceAll(p.Key, "_", "-"))
	}
	if p.Key == "scheme" && strings.HasPrefix(p.Reason, rules.ResidentRulesFrom) {
		// Say why, not just that the value is wrong: the rules in the
		// knowledge base start on 2025-01-01.
		return b.Msgf(lang, "cli.resident_before_rules", "date", strings.TrimSpace(strings.TrimPrefix(p.Reason, rules.ResidentRulesFrom)))
	}
	// Facts impossible together: say why, in the person's language.
	if key, ok := impossible[p.Reason]; ok {
		return b.Msgf(lang, key, "flag", flag, "value", p.Value)
	}
	value := p.Value
	if value == "" {
		value = p.Reason
	}
	msg := invalidFlag(b, lang, strings.ReplaceAll(p.Key, "_", "-"), value)
	if len(p.Suggestions) > 0 {
		msg += " " + b.Msgf(lang, "cli.did_you_mean", "suggestions", strings.Join(p.Suggestions, b.Msg(lang, "list_sep")))
	}
	return msg
}

func invalidFlag(b *knowledge.Base, lang knowledge.Lang, flagName, value string) string {
	key := strings.ReplaceAll(flagName, "-", "_")
	valid := b.Msg(lang, "valid."+key)
	if !b.HasMsg("valid." + key) {
		valid = b.Msgf(lang, "cli.valid_flags", "flags", "--"+strings.Join(askFlags, ", --"))
	}
	return b.Msgf(lang, "cli.invalid_flag", "flag", flagName, "value", value, "valid", valid)
}

// localiseFlagError rewrites the flag package's English parse errors.
func localiseFlagError(b *knowledge.Base, lang knowledge.Lang, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return b.Msgf(lang, "cli.unknown_flag", "flag", name, "flags", "--"+strings.Join(append(askFlags, "today", "lang", "format", "brief", "kb"), ", --"))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return b.Msgf(lang, "cli.flag_needs_value", "flag", name)
	}
	return msg
}

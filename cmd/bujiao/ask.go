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

// askFlags are the fact flags of `bujiao ask`, in help order. Help-desk
// scripts depend on these names: add flags, never rename them.
var askFlags = []string{"scheme", "payer", "reason", "unit-status", "gap-months", "since", "region",
	"retirement", "years-paid", "local-years-paid", "sex", "broken-years", "repay-years", "in-window",
	"newborn", "prior-scheme", "continuous-years", "arrears", "due-date", "pay-date", "base",
	"cross-city", "arrears-monthly"}

// boolFlags may be given bare (--newborn) or with a value (--newborn=false).
var boolFlags = map[string]bool{"in-window": true, "newborn": true, "cross-city": true}

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

// fieldFlag names the flag that supplies a rules.Field.
func fieldFlag(f rules.Field) string {
	if f == rules.FieldGap {
		return "gap-months / --since"
	}
	return strings.ReplaceAll(string(f), "_", "-")
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
	answer, err := answerFromValues(b, values, day, lang, fmtv)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, answer)
	return err
}

// answerFromValues turns flag values (kebab-case names) into a rendered
// answer, with exit status 2 and a localised message for anything missing
// or invalid.
func answerFromValues(b *knowledge.Base, values map[string]string, day rules.Date, lang knowledge.Lang, format knowledge.Format) (string, error) {
	kv := make(map[string]string, len(values))
	for k, v := range values {
		if boolFlags[k] && v == "" {
			v = "true"
		}
		kv[strings.ReplaceAll(k, "-", "_")] = v
	}
	facts, ferrs := knowledge.ParseFacts(kv, b)
	if len(ferrs) > 0 {
		var msgs []string
		for _, e := range ferrs {
			msgs = append(msgs, invalidFlag(b, lang, strings.ReplaceAll(e.Key, "_", "-"), e.Value))
		}
		return "", usageError("%s", strings.Join(msgs, "\n"))
	}
	// Help-desk staff mostly ask about working people and often don't know
	// the city's ID; defaults keep the common case short, and an absent
	// region is answered by the national baseline, flagged as such.
	knowledge.Defaults(&facts)
	o, err := b.Evaluate(facts, day)
	if err != nil {
		var missing *rules.MissingFactsError
		var invalid *rules.InvalidFactError
		switch {
		case errors.As(err, &missing):
			var msgs []string
			for _, f := range missing.Fields {
				key := string(f)
				if f == rules.FieldGap {
					key = "gap_months"
				}
				msgs = append(msgs, b.Msgf(lang, "cli.missing_flag", "flag", fieldFlag(f), "valid", b.Msg(lang, "valid."+key)))
			}
			return "", usageError("%s\n%s", strings.Join(msgs, "\n"), b.Msg(lang, "cli.see_help"))
		case errors.As(err, &invalid):
			key := string(invalid.Field)
			if invalid.Field == rules.FieldGap {
				key = "since"
			}
			return "", usageError("%s", b.Msgf(lang, "cli.invalid_flag", "flag", fieldFlag(invalid.Field),
				"value", invalid.Reason, "valid", b.Msg(lang, "valid."+key)))
		}
		return "", err
	}
	return b.Render(&o, lang, format)
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
		return b.Msgf(lang, "cli.unknown_flag", "flag", name, "flags", "--"+strings.Join(append(askFlags, "today", "lang", "format", "kb"), ", --"))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return b.Msgf(lang, "cli.flag_needs_value", "flag", name)
	}
	return msg
}

package knowledge

import (
	"fmt"
	"html"
	"io"
	"strings"

	"bujiao/rules"
)

// Export writes a handbook of the whole knowledge base for policy staff who
// review content without reading YAML: every region's rules and figures
// with sources, every FAQ entry and every cited article, in both languages.
// format is "markdown" or "html".
func (b *Base) Export(w io.Writer, format string) error {
	var d doc
	if format == "html" {
		d = &htmlDoc{w: w}
	} else {
		d = &mdDoc{w: w}
	}
	d.begin("bujiao knowledge handbook / 知识库手册")
	d.para(fmt.Sprintf("Knowledge version %s, newest check %s. 知识库版本 %s，最新核对 %s。", b.Version.Hash,
		b.Version.CheckedOn, b.Version.Hash, b.Version.CheckedOn))

	d.heading(2, "Regions / 地区")
	for _, r := range b.Regions() {
		d.heading(3, r.Name.Zh+" / "+r.Name.En+" ("+r.ID+")")
		d.para(r.Summary.Zh)
		d.para(r.Summary.En)
		var src []string
		for _, s := range r.Sources {
			if lw, ok := b.laws[s]; ok {
				src = append(src, lw.Title.Zh+" / "+lw.Title.En)
			}
		}
		d.list([]string{
			"Checked on / 核对日期: " + r.CheckedOn.String(),
			"Aliases / 别名: " + strings.Join(r.Aliases, ", "),
			"Sources / 依据: " + strings.Join(src, "; "),
		})
		d.list(policyLines(r))
	}

	d.heading(2, "Frequently asked questions / 常见问题")
	for _, f := range b.faq {
		d.heading(3, f.Questions.Zh[0]+" / "+f.Questions.En[0])
		d.para(f.Answer.Zh)
		d.para(f.Answer.En)
		var lines []string
		lines = append(lines, "Also asked as / 其他问法: "+strings.Join(append(append([]string(nil), f.Questions.Zh[1:]...), f.Questions.En[1:]...), " · "))
		for _, c := range f.Cite {
			lines = append(lines, "Basis / 依据: "+b.citeLabel(c, Zh)+" / "+b.citeLabel(c, En))
		}
		d.list(lines)
	}

	d.heading(2, "Laws and documents cited / 引用的法律和文件")
	for _, lw := range b.Laws() {
		d.heading(3, lw.Title.Zh+" / "+lw.Title.En)
		d.list([]string{
			"Issued / 发布: " + lw.Source.Issued,
			"Source / 来源: " + lw.Source.URL,
			"Confidence / 可信度: " + lw.Source.Confidence + ", checked on / 核对于 " + lw.Source.CheckedOn.String(),
		})
		for _, a := range lw.Articles {
			d.para("**" + b.citeLabel(ruleCite(lw.ID, a.Number, ""), Zh) + "** " + a.Summary.Zh)
			d.para("**" + b.citeLabel(ruleCite(lw.ID, a.Number, ""), En) + "** " + a.Summary.En)
		}
		for _, s := range lw.Sections {
			d.para("**" + b.citeLabel(ruleCite(lw.ID, 0, s.ID), Zh) + "** " + s.Summary.Zh)
			d.para("**" + b.citeLabel(ruleCite(lw.ID, 0, s.ID), En) + "** " + s.Summary.En)
		}
	}

	d.heading(2, "Texts used in answers / 答复中使用的文字")
	for _, kind := range itemKinds {
		d.heading(3, kind)
		var lines []string
		for _, it := range b.Items(kind) {
			name := ""
			if it.Name.Zh != "" {
				name = it.Name.Zh + " / " + it.Name.En + ": "
			}
			lines = append(lines, "`"+it.ID+"` "+name+it.Text.Zh+" — "+it.Text.En)
		}
		d.list(lines)
	}
	return d.end()
}

// policyLines describes a region's merged parameters in plain words.
func policyLines(r *Region) []string {
	p := r.policy
	yn := func(b any) string {
		switch v := b.(type) {
		case rules.Tri:
			if !v.Known() {
				return "unknown"
			}
			b = v.Yes()
		}
		if b == true {
			return "yes"
		}
		return "no"
	}
	var out []string
	for _, g := range []struct {
		name string
		lim  int
		in   string
		over string
	}{
		{"Transfer / 转移接续", p.Transfer.LimitMonths,
			fmt.Sprintf("back-pay %s, waiting %s, retroactive %s", yn(p.Transfer.WithinLimit.BackPay), waiting(p.Transfer.WithinLimit), yn(p.Transfer.WithinLimit.Retroactive)),
			fmt.Sprintf("back-pay %s, waiting %d (maximum: %s)", yn(p.Transfer.OverLimit.BackPay), p.Transfer.OverLimit.WaitingMonths, yn(p.Transfer.OverLimit.WaitingIsMaximum))},
		{"Individual / 个人缴费", p.Individual.LimitMonths,
			fmt.Sprintf("back-pay %s, waiting %s, retroactive %s", yn(p.Individual.WithinLimit.BackPay), waiting(p.Individual.WithinLimit), yn(p.Individual.WithinLimit.Retroactive)),
			fmt.Sprintf("back-pay %s, waiting %d (maximum: %s)", yn(p.Individual.OverLimit.BackPay), p.Individual.OverLimit.WaitingMonths, yn(p.Individual.OverLimit.WaitingIsMaximum))},
	} {
		out = append(out, fmt.Sprintf("%s: gap ≤ %d months → %s; longer → %s", g.name, g.lim, g.in, g.over))
	}
	if ip := p.Individual; ip.ContributionRate != nil {
		line := "Flexible-worker medical rate / 灵活就业医保费率: " + ip.ContributionRate.String()
		if ip.BaseMin != nil && ip.BaseMax != nil {
			line += fmt.Sprintf(", base %s–%s yuan", ip.BaseMin, ip.BaseMax)
		}
		out = append(out, line)
	}
	ua := p.UnitArrears
	out = append(out, fmt.Sprintf("Unit arrears / 单位欠费: benefits resume %d month(s) after full payment; gap cover: %s; employer bears costs when late: %s",
		ua.ResumeMonthsAfterPayment, ua.GapCover, yn(ua.EmployerBearsCostsWhenLate)))
	out = append(out, fmt.Sprintf("Late fee / 滞纳金: %s per day; fine %d–%d× after the deadline", p.LateFee.RatePerDay, p.LateFee.FineMultipleMin, p.LateFee.FineMultipleMax))
	rt := p.Retirement
	switch {
	case rt.RequiredYears != nil:
		cmp := "at least"
		if rt.StrictlyMore {
			cmp = "more than"
		}
		out = append(out, fmt.Sprintf("Retirement / 退休: %s %s years", cmp, rt.RequiredYears))
	case rt.BySex():
		line := fmt.Sprintf("Retirement / 退休: men %s, women %s years", rt.RequiredYearsMale, rt.RequiredYearsFemale)
		if rt.FullFrom != nil {
			line += " (in full from " + rt.FullFrom.String() + ")"
		}
		out = append(out, line)
	default:
		out = append(out, "Retirement / 退休: set locally (not in the knowledge base)")
	}
	if rt.MinLocalYears != nil {
		out = append(out, "Actual years in the city / 本地实际缴费: "+rt.MinLocalYears.String())
	}
	rp := p.Resident
	out = append(out, fmt.Sprintf("Resident waiting / 居民医保等待期: %d fixed + %d per broken year − %d per repaid year; ≥ %d months after ≥ %d broken years",
		rp.FixedWaitingMonths, rp.VariableMonthsPerBrokenYear, rp.RepairMonthsPerYear, rp.FloorMonths, rp.FloorBrokenYears))
	return out
}

type doc interface {
	begin(title string)
	heading(level int, s string)
	para(s string)
	list(items []string)
	end() error
}

type mdDoc struct {
	w   io.Writer
	err error
}

func (d *mdDoc) printf(format string, a ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format, a...)
	}
}
func (d *mdDoc) begin(title string)          { d.printf("# %s\n", title) }
func (d *mdDoc) heading(level int, s string) { d.printf("\n%s %s\n", strings.Repeat("#", level), s) }
func (d *mdDoc) para(s string)               { d.printf("\n%s\n", s) }
func (d *mdDoc) list(items []string) {
	d.printf("\n")
	for _, it := range items {
		d.printf("- %s\n", it)
	}
}
func (d *mdDoc) end() error { return d.err }

type htmlDoc struct {
	w   io.Writer
	err error
}

func (d *htmlDoc) printf(format string, a ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format, a...)
	}
}

// inline escapes text and turns **bold** and `code` into tags.
func inline(s string) string {
	s = html.EscapeString(s)
	for _, m := range []struct{ mark, open, close string }{{"**", "<strong>", "</strong>"}, {"`", "<code>", "</code>"}} {
		for {
			i := strings.Index(s, m.mark)
			if i < 0 {
				break
			}
			j := strings.Index(s[i+len(m.mark):], m.mark)
			if j < 0 {
				break
			}
			s = s[:i] + m.open + s[i+len(m.mark):i+len(m.mark)+j] + m.close + s[i+2*len(m.mark)+j:]
		}
	}
	return s
}

func (d *htmlDoc) begin(title string) {
	d.printf("<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"+
		"<title>%s</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6}h2{border-bottom:1px solid #ccc}code{background:#f3f3f3}</style></head><body>\n<h1>%s</h1>\n",
		html.EscapeString(title), html.EscapeString(title))
}
func (d *htmlDoc) heading(level int, s string) { d.printf("<h%d>%s</h%d>\n", level, inline(s), level) }
func (d *htmlDoc) para(s string)               { d.printf("<p>%s</p>\n", inline(s)) }
func (d *htmlDoc) list(items []string) {
	d.printf("<ul>\n")
	for _, it := range items {
		d.printf("<li>%s</li>\n", inline(it))
	}
	d.printf("</ul>\n")
}
func (d *htmlDoc) end() error {
	d.printf("</body></html>\n")
	return d.err
}

func ruleCite(law string, article int, section string) rules.Citation {
	return rules.Citation{Law: law, Article: article, Section: section}
}

// waiting describes a treatment's wait for the handbook.
func waiting(t rules.GapTreatment) string {
	if t.WaitingUnknown {
		return "unknown"
	}
	return fmt.Sprint(t.WaitingMonths)
}

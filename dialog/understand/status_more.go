package understand

import "bujiao/rules"

// More ways to say an employer is still trading, read anywhere a unit is
// named ("Shenzhen company owes me 3 months, still open", "公司照常开工"):
// without them the unit-status question came back for what was said.
func init() {
	statusTable = append(statusTable, statusList(rules.UnitNormal,
		[]string{"照常开工", "照常营业", "照常上班", "还在开工", "正常上班"},
		nil,
		[]string{"照开", "开工", "开着"},
		[]string{"still open", "is open", "its open", "stil open", "still in business", "still trading", "open as usual",
			"still going", "still there", "is fine", "is ok", "is doing fine", "doing fine", "doing ok"}))
}

// More ways to say one comes from Hong Kong, Macao or Taiwan: a city
// there with "from" ("台北来的", "from Kaohsiung"), a home-return permit.
var lHMTMore = newList([]string{"台北来的", "台湾来的", "香港来的", "澳门来的", "高雄来的", "台中来的", "台北人", "高雄人", "台胞证",
	"回乡证", "港澳通行证", "台湾过来", "香港过来", "澳门过来"},
	[]string{"from taipei", "from kaohsiung", "im taiwanese", "i am taiwanese", "hong konger", "macanese", "home return permit"})

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
			"still going", "still there"}))
}

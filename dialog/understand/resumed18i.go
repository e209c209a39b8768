package understand

// Audit round 12 R9-W1⁶: "我10月起自己接着交的 灵活就业", "俺10月就自己接着交了"
// (paying went on again from that month after a benefit ended) were not
// read as the month paying resumed; 接着/继续/又 + 缴 say what 开始缴 says.
func init() {
	zhResumeVerbs = append(zhResumeVerbs, "接着缴", "自己接着缴", "继续缴", "自己继续缴", "又缴上", "又接着缴")
}

package understand

// Audit round 14 R14-W1: a benefit said in pinyin to be stopped, gone or
// used up ("shi ye jin ting le", "shiyejin yijing meiyou le", "shi ye jin
// ling wan le") was written half in characters ("失业金ting了") and read as
// a benefit still drawn, "covered (SIL art. 48)". The words of an ending,
// and of the "I don't remember when" around it, are written in characters
// here, so the pinyin reads as the same message typed in characters does.
// Joined runs only: alone, "ting" or "wan" is many characters.
func init() {
	for py, hz := range map[string]string{
		"tingle": "停了", "tingdiao": "停掉", "tingdiaole": "停掉了", "tingfa": "停发", "tingfale": "停发了",
		"budele": "不发了", "bufale": "不发了", "tingde": "停的",
		"lingwan": "领完", "lingwanle": "领完了", "wanle": "完了", "lingguangle": "领光了",
		"meiyoule": "没有了", "meile": "没了", "daoqi": "到期", "daoqile": "到期了", "jieshu": "结束", "jieshule": "结束了",
		"shenme": "什么", "shihou": "时候", "shenmeshihou": "什么时候", "nageyue": "哪个月",
		"bujide": "不记得", "jibuqing": "记不清", "jibuqingle": "记不清了", "wangle": "忘了",
		"nengbao": "能报", "nengbaoma": "能报吗", "nengbunengbao": "能不能报",
		"kanbing": "看病", "haizailing": "还在领",
		// R14-M2, a planned restart: "da suan ming nian 1 yue zai kai shi jiao".
		"dasuan": "打算", "zhunbei": "准备", "zaikaishi": "再开始", "zaijiezhe": "再接着", "jiezhe": "接着",
		"jixu": "继续", "chongxin": "重新",
	} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
}

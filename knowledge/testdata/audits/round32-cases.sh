#!/usr/bin/env bash
# Audit round 32: recheck of AUDIT-ROUND31.md WRONG R31-W1 and MISLEADING R31-M1..M3 (ONE new wording each),
# plus 6 fresh cases (F1, F3, F4 zh, F3 typed in pinyin; F2, F5, F6 en): 2 moves with NO unpaid month (F1, F2),
# 1 flexible worker whose gap ended months ago (F3). Sources for "# expect:": /work/shared/domain.md,
# /work/shared/law/*.md, /work/shared/seeds/* only. No Go code, diffs, history, tests, scenario/KB YAML or held-out
# sets read. Expectations written before running. Today 2026-12-07.
# ZJ 28 ¶2 registration -> 2nd natural month; ZJ 29 ¶2 flexible resume -> 3rd natural month counting the payment month.
# SH S6 三(三)/S4 15: stop after the first unpaid month, no retroactive cover; S7: start/stop/restart on 次月15日.
# S6 三(四): flexible 6-month wait, waived only if joined within 3 months after employee/resident benefits stopped.
# 43号 ① gap <=3 months: back-pay, retroactive, no wait, benefits from the payment month; ③ gap >3: local wait <=6 months.
# GD S10 Art.12 same inside Guangdong. 38号: resident outside window / not continuous -> fixed 3-month wait.
# Wuhan, Changsha, Chongqing, Guangzhou, Shenzhen-specific rules: NOT FOUND.
BJ=${BJ:-/tmp/bj-audit32}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

if [ "${BATCH:-1}" = 1 ]; then
########## Rechecks ##########
# R31-W1 (other city -> Zhejiang employer registration, 2-month gap). en, Wuhan -> Ningbo, two questions at once.
# expect RW1: Wuhan employee thru Apr, May-Jun nothing (2 months), Ningbo employer registered 07-15 -> ZJ 28 ¶2 from
#   08-01: 08-20 COVERED; 2027-02 surgery covered if the employer keeps paying; no employer arrears (no employer in
#   May-Jun); 43号 ①: 2-month gap may be back-paid, no wait. WRONG if registration ignored, "employer must back-pay"/
#   arrears invented, gap run to today, 08-20 "not covered", or a resumption date in 2027.
c RW1 "i worked in wuhan until end of april, may and june nobody paid anything, then a ningbo company registered me for insurance on july 15. dentist on aug 20 and a surgery planned feb 2027 - are both covered? and does the ningbo company have to back pay may and june?"
# R31-M1 (other city -> Shanghai employer, gap > 3 months). zh, Changsha -> Shanghai, correction halfway.
# expect RM1: Changsha thru Jan (Changsha stop NOT FOUND -> only as marked estimate); Feb-Jun gap 5 months; SH employer
#   pays from Jul -> S7 benefits from 08-15: 07-25 NOT covered by Shanghai; 10-03 covered (or hedged re 43号 ③ local
#   wait <=6 months). MISLEADING if region Changsha only / SH S7 unused, unmarked Changsha stop date, 07-25 hedged.
#   WRONG if 07-25 called covered.
c RM1 "我在长沙的单位交到1月底 2月到5月 不对 是2月到6月都没交 7月进了上海的公司 7月开始交的 7月25号看了急诊 10月3号又住了院 这两次能报吗 长沙那边到底哪天停的"
# R31-M2 (SH employee -> Zhejiang employer, no real gap). en, voice run-on no punctuation, Shanghai -> Jiaxing.
# expect RM2: SH paid thru Sep -> first unpaid Oct -> S7 stop 11-15: 10-10 covered by Shanghai; Jiaxing registered
#   10-08 -> ZJ 28 ¶2 from 11-01: 11-20 covered; NO gap. MISLEADING if a gap is invented, SH stop unmarked wrong,
#   days hedged; WRONG if either day called not covered.
c RM2 "so my shanghai company paid through september i quit end of september and a jiaxing company registered me october 8 i went to hospital in shanghai october 10 and in jiaxing november 20 is there a gap or not and are both covered"
# R31-M3 (never insured, resident scheme paid now, treatment soon). zh 四川话, Chongqing.
# expect RM3: never enrolled, paid resident premium in Nov -> 38号: inside the window cover starts 2027-01-01, outside
#   (or not continuous) fixed 3-month wait: 12-15 NOT covered either way. MISLEADING if 12-15 hedged "不确定" or
#   "资料没有规定" while the 38号 wait is known; WRONG if 12-15 covered.
c RM3 "我在重庆 从来没买过医保 上个月11月才交了居民医保 12月15号要住院 报得到不嘛 好久开始才能报"

########## Fresh ##########
# F1 zh, move with NO unpaid month: Shanghai employer thru Aug -> Hangzhou employer from Sep (registered 09-01), 09-10 in
#   Hangzhou, 11-20 in Hangzhou. expect: no gap; ZJ 28 ¶2 Hangzhou from 10-01: 09-10 NOT covered by Hangzhou (Shanghai
#   cover runs to 10-14 per S7, use in Hangzhou = 异地就医, not in sources -> hedge ok); 11-20 covered.
#   WRONG if 09-10 called covered by Hangzhou insurance, or a gap/back-pay/waiting period invented.
c F1 "上海公司交到8月底 9月1号入职杭州新公司 当月就给我办了参保 9月10号在杭州看病能报吗 11月20号那次呢 中间算断缴吗"
# F2 en, move with NO unpaid month inside Guangdong: Guangzhou thru Jun -> Shenzhen employer pays from Jul, ER 07-12.
#   expect: no gap; S10 Art.12 (gap <=3 months -> no wait, benefits from payment month) -> 07-12 covered once July is
#   paid, or hedged with Shenzhen start NOT FOUND; no Shenzhen date as fact. WRONG if waiting period / gap invented or
#   07-12 flat "not covered".
c F2 "guangzhou employer paid my insurance through june, then shenzhen company paid from july, no month missed. i was in the ER in shenzhen july 12, is it covered?"
# F3 zh typed in pinyin, flexible gap that ENDED months ago: Hangzhou flexible, gap Mar-May, resumed Jun, paying since.
#   expect: ZJ 29 ¶2 -> from 08-01 (3rd natural month counting June): today 12-07 COVERED; 07-10 NOT covered.
#   WRONG if today called not covered or 07-10 covered; MISLEADING if the gap is run to today.
c F3 "wo zai hangzhou linghuo jiuye ziji jiao yibao, 3 yue dao 5 yue duan jiao le, 6 yue kaishi you jiao le yizhi jiao dao xianzai. jintian qu yiyuan neng baoxiao ma? 7 yue 10 hao na ci ne?"
# F4 zh, employer gone, other province (Wuhan): paid thru Sep, company closed Oct, boss gone, 09-20 stay, 2027-01-15 op.
#   expect: 09-20 in a paid month -> covered (Wuhan rules NOT FOUND, hedge ok); Wuhan stop NOT FOUND -> any date marked;
#   gap Oct-Dec; enrol flexible/resident now; 43号 ① <=3 months back-pay no wait, but Wuhan specifics unknown ->
#   2027-01-15 hedged. WRONG if 2027-01-15 flat covered with a Wuhan date as fact, or 6-month wait stated as fact.
c F4 "我在武汉的公司10月倒闭了 10月起就没交社保 老板也跑了 9月20号住院的钱能报吗 明年1月15号还要做手术 现在该怎么办"
# F5 en, first enrolment as Shanghai flexible worker, never insured in China, appointment 2027-01-20.
#   expect: S6 三(四) 6-month wait (no waiver: no prior benefits); personal account from next month; 2027-01-20 pooled
#   fund NOT covered. WRONG if covered.
c F5 "i just moved to shanghai from abroad and never had chinese medical insurance. i'm registering as a flexible worker this month. is my hospital appointment on january 20 covered?"
# F6 en, first job ever, Wenzhou employer registered 11-25; appointment 12-20, surgery 2027-01-10.
#   expect: ZJ 28 ¶2 from 12-01 -> both covered (if the employer keeps paying). MISLEADING if hedged/not covered.
c F6 "first job ever - my company in wenzhou registered me for medical insurance on november 25. i have a doctor's appointment december 20 and surgery january 10. covered?"
fi

if [ "${BATCH:-1}" = 2 ]; then
########## Batch 2: follow-up answers to the questions asked in batch 1 (expectations unchanged) ##########
# RW1b: answers "this year" to "Which year is Aug 20"; expect as RW1 (08-20 COVERED, ZJ 28 ¶2 from 08-01; no arrears).
c RW1b "i worked in wuhan until end of april, may and june nobody paid anything, then a ningbo company registered me for insurance on july 15. dentist on aug 20 and a surgery planned feb 2027 - are both covered? and does the ningbo company have to back pay may and june?" "1" "1"
# RM1b: asks about the dropped day; expect 07-25 NOT covered (S7: Shanghai from 08-15).
c RM1b "我在长沙的单位交到1月底 2月到5月 不对 是2月到6月都没交 7月进了上海的公司 7月开始交的 7月25号看了急诊 10月3号又住了院 这两次能报吗 长沙那边到底哪天停的" "7月25号那次呢"
# RM2b: details of the Shanghai day; expect S7 Shanghai stop 11-15 -> 10-10 covered (hedge = friction).
c RM2b "so my shanghai company paid through september i quit end of september and a jiaxing company registered me october 8 i went to hospital in shanghai october 10 and in jiaxing november 20 is there a gap or not and are both covered" "1"
# F2b: answers "I changed jobs"; expect no gap, 07-12 covered once July paid (S10 Art.12) or hedged; no wait invented.
c F2b "guangzhou employer paid my insurance through june, then shenzhen company paid from july, no month missed. i was in the ER in shenzhen july 12, is it covered?" "2" "1"
# F3b: asks "today?" explicitly in pinyin; expect today covered (ZJ 29 ¶2 from 08-01), 07-10 not covered.
c F3b "wo zai hangzhou linghuo jiuye ziji jiao yibao, 3 yue dao 5 yue duan jiao le, 6 yue kaishi you jiao le yizhi jiao dao xianzai. jintian qu yiyuan neng baoxiao ma? 7 yue 10 hao na ci ne?" "7 yue 10 hao na ci neng bao ma"
fi

if [ "${BATCH:-1}" = 3 ]; then
# F1b: details of F1; expect no gap, Hangzhou from 10-01 (ZJ 28 ¶2), Shanghai stop per S7 10-15 (09-10 hedge ok:
#   Shanghai cover used in Hangzhou = 异地就医, not in sources). WRONG if 09-10 called covered by Hangzhou.
c F1b "上海公司交到8月底 9月1号入职杭州新公司 当月就给我办了参保 9月10号在杭州看病能报吗 11月20号那次呢 中间算断缴吗" "1"
fi

#!/usr/bin/env bash
# Audit round 24: recheck of round 23 open findings (AUDIT-ROUND23.md: R23-M1..M4) with 2 NEW wordings each,
# plus 30 fresh cases (Z1..Z15 zh, E1..E15 en). [risk] = a day could wrongly be called covered (19 of 30).
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only.
# No Go code, diffs, history, tests, scenario/KB YAML or held-out sets read. Expectations written before running.
# ZJ = 浙江省医疗保障条例 (21 20 years, monthly/lump; 28 ¶2 employee from 2nd natural month after registration; 28 ¶3 unpaid →
#   suspended from 2nd natural month, fund pays if employer pays within tax deadline (≤60 days); 28 ¶4 else employer bears,
#   one-time back-pay → resume 2nd natural month after back-pay; 29 ¶1 flexible first enrolment 2nd natural month; 29 ¶2 flexible
#   gap not covered, resume 3rd natural month counting payment month; 29 ¶3 more favourable city rules; 30 unemployed).
# SH = 上海市医疗保障条例 15 (costs while stopped not paid), 16 (retirement years), 17 (resident; newborns special);
# SH7 = 沪医保规〔2025〕7号 三(三) (stop 次月; restore month after full back-pay; no retroactive cost), 三(四) (flexible wait 6 months,
#   waived if joined within 3 months of losing benefits); S7 = 次月15日 / retirement >15 years.
# 43号 = 医保办发〔2021〕43号 (① transfer gap ≤3 months: back-pay, no wait, retroactive; ② switch resident↔employee after ≥2 continuous
#   years, gap ≤3 months: same; ③ gap >3 months: local wait ≤6 months). GD = 粤医保规〔2022〕6号 (8 local ≥10 years; 10 monthly/lump;
#   12 in-province transfer gap ≤3 no wait; 13 switch; 14 personal account not transferred in province).
# 38号 = 国办发〔2024〕38号 (resident: fixed 3 months + 1/yr broken, repair 1 month per year paid, floor 6 if ≥4 years; newborns exempt).
# Today 2026-12-07 (Mon).
BJ=${BJ:-/tmp/bj-audit24}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

########## Rechecks ##########
## R23-M1: "paid within the tax office deadline" (ZJ 28 ¶3)
# expect R1a [risk-inverse]: Sept unpaid → suspended from 10-01; employer paid in full within the tax bureau's deadline → fund reimburses the 10-15 ER visit. Not "resume 12-01 / not covered / employer must pay".
c R1a "杭州 公司9月10月医保没交 税务局给了期限 他们11月在期限内全部补上了 我10月15号看急诊的钱能报吗"
# expect R1b: Sept unpaid → suspended 10-01; paid in full inside the deadline mid-November → fund pays the 10-20 visit (ZJ 28 ¶3). Not "resumes 2027-01-01".
c R1b "ningbo. employer skipped my september medical premium, the tax bureau ordered them to pay and they did, in full, before the deadline (mid november). does my oct 20 clinic visit get reimbursed?"

## R23-M2: resident → employee switch (43号 ②)
# expect R2a: 5 years continuous resident, 2026 paid (cover to 12-31); employee from Jan 2027 → no gap or ≤1 month; 43号 ②: no waiting. Not resident late-enrolment waiting, not "stop 2026-11".
c R2a "上海 我一直交城乡居民医保 连着交了5年 今年的交到12月31号 明年1月开始新公司给我交职工医保 中间会不会断档 有没有等待期"
# expect R2b: 3 years continuous resident, 2026 paid; Jan 2027 gap (1 month ≤3); employee from Feb 2027 → 43号 ②: back-pay Jan, no waiting, retroactive. Not resident 38号 waiting, not gap placed in 2026.
c R2b "my mom in hangzhou has had resident medical insurance 3 years straight, 2026 is paid. she starts a factory job feb 1 2027 with employee insurance, january she'll have nothing. will she have a waiting period?"

## R23-M3: named months read as counts
# expect R3a [risk]: Suzhou (elsewhere); unpaid month = Nov 2026 (1 month, not 11); local rule not in sources → this week not confirmed covered; employer must pay (SIL 63/86); confirm 12393.
c R3a "苏州的 公司欠了我11月份的医保没交 这礼拜想去看牙 能报不"
# expect R3b: unpaid Sept + Oct (2 months, not 9/10) → SH stop 10-15 (S7); Oct 5 visit before stop → covered.
c R3b "shanghai, company didn't pay my medical for september and october before i quit. was my oct 5 hospital visit covered?"

## R23-M4: past visits must be judged
# expect R4a [risk]: unpaid from June → stop 07-15 (S7); 06-03 covered; 07-20 not covered (SH 15; not reimbursed even after back-pay, SH7 三(三)).
c R4a "shanghai. boss stopped paying my medical from june. i had a checkup june 3 and got stitches july 20. which one is covered?"
# expect R4b [risk]: Jiaxing, unpaid from Aug → suspended 09-01 (ZJ 28 ¶3); 09-05 and 10-20 both in the pause: fund pays only if employer paid within tax deadline, else employer bears (¶4). Neither called covered outright.
c R4b "我在嘉兴 公司从8月开始没交医保 我9月5号住过院 10月20号又去了一次 这两次能报吗"

########## Fresh zh ##########
# expect Z1 [risk]: SH, unpaid from Oct → stop 11-15; next Wed 12-16 not covered; full back-pay → from next month, stopped-period costs not paid (SH 15, SH7 三(三)).
c Z1 "阿拉公司老板讲医保10月份开始没交 伊讲过两天补 我下礼拜三要去瑞金开刀 好报伐"
# expect Z2 [risk]: Guangzhou, boss gone, unpaid since Sept, jobless → not covered next month; employer liable (SIL 63/86, complaint to tax/12393); re-enrol as flexible/new employer; gap >3 months → local wait ≤6 (43号 ③); GZ figures not found.
c Z2 "广州 老板跑路了 公司从9月就没交社保 我现在还在找工作 下个月能不能用医保看病"
# expect Z3 [risk]: Hangzhou, bankrupt, unpaid since July → suspended 08-01; deadline passed → employer bears (ZJ 28 ¶4); resume 2nd natural month after one-time back-pay; liquidation group (seed); 12-20 not covered by fund now.
c Z3 "杭州的厂子破产了 7月份开始就没交医保 清算组说以后会补 我12月20号要住院 能报吗"
# expect Z4 [risk]: Shenzhen, left 10-31 (Oct paid) → from Nov not paid; next month (Jan 2027) not covered unless re-enrolled; flexible/new job within 3 months → back-pay, no wait (43号/GD 12–13); SZ figures not found.
c Z4 "shenzhen lizhi le, 10yue31hao zuihou yitian, yibao hai neng yong ma? xia ge yue qu kan bing"
# expect Z5 [risk]: Wenzhou→Shanghai, gap Oct only (1 month ≤3) → 43号 ①: back-pay Oct, no wait, retroactive; 12-10 depends on transfer/back-pay and SH start (S7 次月15日) — not a flat "covered".
c Z5 "我从温州换到上海工作了 温州那边交到9月 上海新公司11月开始交 10月断了一个月 12月10号在上海看病能报吗"
# expect Z6 [risk]: SH flexible, correction → start June 2026 after 2-year gap → 6-month wait (SH7 三(四)); June–Nov paid → benefits from about Dec 2026 (S7 day 15?) at the earliest; personal account from July; never "covered since June".
c Z6 "上海灵活就业 我5月开始交的 哦不对 是6月开始交 之前断了两年 现在能报销了吗"
# expect Z7 [risk]: Dongguan, student's 2026 resident premium unpaid → not covered now; enrol in window for 2027; late/non-continuous → 38号 wait 3+ months. Not "covered".
c Z7 "东莞 我儿子在读大学 学校那边的医保今年没交 回老家看病还能报吗"
# expect Z8: grandmother, newborn Hangzhou 11-20 not enrolled → newborns exempt from waiting (38号); enrol now; from-birth cover is local → confirm 12393. No 3-month wait.
c Z8 "我是孩子奶奶 孙女11月20号在杭州出生的 还没给她办医保 出生住院的钱能报吗"
# expect Z9 [risk]: Chengdu resident, 68, broke 3 years → 38号: fixed 3 + variable 3; repair 3 years → 3 months; not usable immediately after paying.
c Z9 "我妈68了 在成都 居民医保断了3年没交 现在想补交 交了就能用吗"
# expect Z10 [risk]: SH, Aug+Sep unpaid → stop 09-15; back-paid in Oct → restored from Nov; 9月20号 stay NOT reimbursed (SH 15, SH7 三(三)). Not "补缴后追溯".
c Z10 "上海 之前辞职断了两个月 8月9月 10月新公司进去以后把8 9月都补缴了 我9月20号住院的钱能报吗"
# expect Z11: Huzhou, 17 years vs ZJ 21's 20 → short 3 years; pay monthly or lump sum.
c Z11 "湖州 我明年退休 医保交了17年 够不够 不够的话怎么办"
# expect Z12: Guangzhou woman, 22 cumulative but 8 local < 10 (GD 8) → not enough; pay monthly/lump (GD 10); GZ transitional cumulative figure not found (25 by 2030).
c Z12 "广州 女的 55岁退休 医保累计交了22年 但在广州只交了8年 退休后能不能不交了"
# expect Z13 [risk]: Jiaxing flexible first enrolment 12-03 → ZJ 29 ¶1 from 2027-01-01; month-end 12-31 not covered.
c Z13 "嘉兴 第一次自己交医保 灵活就业 12月3号刚登记交的 什么时候能报销 月底能用吗"
# expect Z14: Foshan→Shenzhen, gap Sep–Nov = 3 months (≤3) → GD 12: back-pay, no wait, retroactive; personal account not transferred within province (GD 14).
c Z14 "从佛山调到深圳 佛山交到8月 深圳12月才开始交 中间断了3个月 会不会有等待期 个人账户的钱能转过来吗"
# expect Z15 [risk]: Ningbo, Nov unpaid → suspended 12-01; 12-01..12-10 stay: fund pays only if employer pays within tax deadline (ZJ 28 ¶3), else employer bears. Not flat "covered".
c Z15 "宁波 公司11月份的医保没交 我12月1号到12月10号住院了 能报吗 公司说这个月底之前会补"

########## Fresh en ##########
# expect E1 [risk]: SH, unpaid since Sept → stop 10-15; 12-18 not covered; back-pay → next month, stopped-period costs not paid.
c E1 "my emplyer in shanghai hasnt paid medical insurence since september, hr says next month. i have a doctor appt dec 18, covered?"
# expect E2 [risk]: Hangzhou, last paid June → July unpaid → suspended 08-01 (ZJ 28 ¶3); August not covered by fund; employer bears (¶4); unemployment benefit → fund pays (ZJ 30).
c E2 "company in hangzhou shut down and the owner vanished, last medical payment was for june. i'm still unemployed. did i have coverage in august?"
# expect E3 [risk]: Shenzhen bankrupt, owes May–Sep (5 months) → not covered next week unless re-enrolled; claim via liquidation (seed); new enrolment gap >3 → local wait ≤6 (43号 ③).
c E3 "shenzhen factory went bankrupt, they owe me 5 months of social insurance from may to september. can i go to hospital next week on my medical card"
# expect E4: Guangzhou, quit end Oct → cover ends after last paid month (local detail not found; confirm); enrol as flexible quickly; ≤3 months gap → back-pay / no wait (43号 style); no confident day.
c E4 "quit my job in guangzhou end of october. how long am i still covered, and can i pay it myself so there's no gap?"
# expect E5: SH, Sept unpaid → stop 10-15; MRI 10-02 before stop → covered (S7).
c E5 "so i changed jobs in shanghai old company paid through august new one started paying in october so september is missing and i had an MRI on october 2 is that covered or not"
# expect E6 [risk]: Hangzhou→Dongguan, gap Aug–Oct (3 months ≤3) → 43号 ①: back-pay, retroactive → 09-15 covered only after back-pay.
c E6 "moved from hangzhou to dongguan. hangzhou paid until july, dongguan job started november. gap aug-oct. can i back pay and is my sept 15 dentist bill covered?"
# expect E7 [risk]: SH flexible from Sept after a year uninsured → 6-month wait (SH7 三(四)) → ~March 2027; 12-20 surgery not covered (personal account only).
c E7 "i'm a freelancer in shanghai, started paying flexible employment medical in september after being uninsured for a year. can i use it for surgery on dec 20?"
# expect E8: Hangzhou flexible, correction → resumed Oct → ZJ 29 ¶2: 12-01; 12-03 covered (if paying).
c E8 "flexible worker hangzhou, missed payments for july and august, resumed in september — sorry, october. doctor on dec 3, covered?"
# expect E9: SH newborn 11-28 → SH 17 / 38号: newborns exempt from waiting; from-birth cover is a special rule (confirm); no 3-month wait.
c E9 "my sister gave birth in shanghai on nov 28, baby has no insurance yet. if we sign up now, are the NICU bills from birth covered?"
# expect E10: Zhuhai resident, broke 2024+2025, paid 2026 in March → 38号: 3+2 = 5 months → from about Aug 2026 → covered now (province detail; confirm).
c E10 "zhuhai, i didn't pay resident medical insurance in 2024 and 2025, paid for 2026 in march. am i covered now?"
# expect E11 [risk]: Ningbo flexible, Sep–Oct gap back-paid in Nov → ZJ 29 ¶2: gap not covered, resume 2027-01-01; Oct 12 ER not covered (unless a more favourable city rule, 29 ¶3).
c E11 "ningbo flexible worker, missed sep and oct, paid them back in november together with nov. i went to the ER on oct 12, can i claim it?"
# expect E12 [risk]: Beijing (not confirmed locally), employer unpaid since Sept → chemo 12-10..12-30 not covered unless employer pays; employer liable (SIL 63/86); confirm 12393.
c E12 "beijing. my company stopped paying medical 3 months ago (september). i have chemo scheduled dec 10 to dec 30. will insurance pay?"
# expect E13: SH, 14 years < >15 (S7) → pay up to required (SH 16); local-years figure unknown.
c E13 "shanghai man retiring next year with 14 years of medical contributions. can i get retiree benefits without paying?"
# expect E14: Shaoxing first job, registered 11-20 → ZJ 28 ¶2: from 12-01; 12-10 covered.
c E14 "just started my first job in shaoxing, company registered me for insurance on nov 20. can i see a doctor dec 10 on insurance?"
# expect E15 [risk]: Wenzhou, unpaid since Oct → suspended 11-01; delivery 01-05 covered by fund only if employer pays within deadline, else employer bears (ZJ 28 ¶3–4); complain to tax authority / 12393.
c E15 "asking for my niece in wenzhou: her employer hasn't paid since october, she's due to give birth jan 5. will the delivery be covered and who do we complain to?"

########## Batch 2: continuations (answers to the assistant's follow-up questions; expectations as above) ##########
# expect R1a2: as R1a — 10-15 reimbursed by the fund (paid within the tax deadline, ZJ 28 ¶3).
c R1a2 "杭州 公司9月10月医保没交 税务局给了期限 他们11月在期限内全部补上了 我10月15号看急诊的钱能报吗" "今年"
# expect R1b2: as R1b — 10-20 reimbursed (ZJ 28 ¶3).
c R1b2 "ningbo. employer skipped my september medical premium, the tax bureau ordered them to pay and they did, in full, before the deadline (mid november). does my oct 20 clinic visit get reimbursed?" "this year"
# expect R2a2: no gap (resident to 12-31, employee from January) → no waiting period; at most 43号 ②.
c R2a2 "上海 我一直交城乡居民医保 连着交了5年 今年的交到12月31号 明年1月开始新公司给我交职工医保 中间会不会断档 有没有等待期" "没断过"
# expect R3b2: stop 10-15; 10-05 covered.
c R3b2 "shanghai, company didn't pay my medical for september and october before i quit. was my oct 5 hospital visit covered?" "this year"
# expect R4a2: 07-20 after the 07-15 stop → not covered (SH 15).
c R4a2 "shanghai. boss stopped paying my medical from june. i had a checkup june 3 and got stitches july 20. which one is covered?" "and the july 20 stitches?"
# expect R4b2: 10-20 in the pause (from 09-01): fund pays only if employer paid within the deadline.
c R4b2 "我在嘉兴 公司从8月开始没交医保 我9月5号住过院 10月20号又去了一次 这两次能报吗" "那10月20号那次呢"
# expect Z1b: as Z1 — 12-16 not covered (stop 11-15).
c Z1b "阿拉公司老板讲医保10月份开始没交 伊讲过两天补 我下礼拜三要去瑞金开刀 好报伐" "上海"
# expect Z4b: gap from 2026-11; January visit not covered unless re-enrolled; no confident "covered".
c Z4b "shenzhen lizhi le, 10yue31hao zuihou yitian, yibao hai neng yong ma? xia ge yue qu kan bing" "11yue kaishi meijiao"
# expect Z6b: 6-month wait from June → benefits ~December 2026 at the earliest; never "covered since June".
c Z6b "上海灵活就业 我5月开始交的 哦不对 是6月开始交 之前断了两年 现在能报销了吗" "两年"
# expect Z7b: student 2026 unpaid → not covered now; 2027 enrolment + 38号 wait.
c Z7b "东莞 我儿子在读大学 学校那边的医保今年没交 回老家看病还能报吗" "不补"
# expect Z8b: newborn, no waiting; 11-20 birth costs depend on local from-birth rule (confirm).
c Z8b "我是孩子奶奶 孙女11月20号在杭州出生的 还没给她办医保 出生住院的钱能报吗" "是"
# expect Z9b: broke 3 years, repair 3 → fixed 3 months wait (38号); not immediate.
c Z9b "我妈68了 在成都 居民医保断了3年没交 现在想补交 交了就能用吗" "补3年"
# expect Z10b: SH stop 09-15 → 9月20号 not reimbursed even after back-pay (SH 15, SH7 三(三)).
c Z10b "上海 之前辞职断了两个月 8月9月 10月新公司进去以后把8 9月都补缴了 我9月20号住院的钱能报吗" "2个月"
# expect Z11b: 17 < 20 (ZJ 21) → 3 years short; monthly or lump.
c Z11b "湖州 我明年退休 医保交了17年 够不够 不够的话怎么办" "单位交的 还在上班 没断过"
# expect Z13b: first flexible enrolment 12-03 → from 2027-01-01 (ZJ 29 ¶1); 12-31 not covered.
c Z13b "嘉兴 第一次自己交医保 灵活就业 12月3号刚登记交的 什么时候能报销 月底能用吗" "没断过 第一次交"
# expect E3b: gap May–Sep (and after) → next week not covered unless re-enrolled / settled.
c E3b "shenzhen factory went bankrupt, they owe me 5 months of social insurance from may to september. can i go to hospital next week on my medical card" "5 months"
# expect E5b: SH, Sept unpaid → stop 10-15; 10-02 covered.
c E5b "so i changed jobs in shanghai old company paid through august new one started paying in october so september is missing and i had an MRI on october 2 is that covered or not" "same city, both in shanghai"
# expect E6b: gap Aug–Oct ≤3 → back-pay, retroactive; 09-15 covered only after back-pay.
c E6b "moved from hangzhou to dongguan. hangzhou paid until july, dongguan job started november. gap aug-oct. can i back pay and is my sept 15 dentist bill covered?" "this year"
# expect E10b: 3+2 = 5 months from March → covered now (about Aug 2026 on); confirm province.
c E10b "zhuhai, i didn't pay resident medical insurance in 2024 and 2025, paid for 2026 in march. am i covered now?" "2 years"
# expect E13b: 14 < >15 → pay up to required (SH 16).
c E13b "shanghai man retiring next year with 14 years of medical contributions. can i get retiree benefits without paying?" "my employer, i'm still working, no gap"
# expect E14b: registered 11-20 → from 12-01 (ZJ 28 ¶2); 12-10 covered.
c E14b "just started my first job in shaoxing, company registered me for insurance on nov 20. can i see a doctor dec 10 on insurance?" "they didn't stop, it's a new job, first time insured"

########## Batch 3: further continuations (expectations as above) ##########
# expect Z4c: gap from 2026-11 (1 month); January visit not covered unless re-enrolled (flexible/new job, ≤3 months back-pay).
c Z4c "shenzhen lizhi le, 10yue31hao zuihou yitian, yibao hai neng yong ma? xia ge yue qu kan bing" "1个月"
# expect Z7c: student not covered in 2026; pay in window → 2027-01-01 at best (+ 38号 wait if not continuous).
c Z7c "东莞 我儿子在读大学 学校那边的医保今年没交 回老家看病还能报吗" "不补" "是"
# expect Z9c: repair 3 years → 3 months fixed wait; not usable at once after paying.
c Z9c "我妈68了 在成都 居民医保断了3年没交 现在想补交 交了就能用吗" "补3年" "是"
# expect Z10c: same-city; stop 09-15; 9月20号 not reimbursed in Shanghai even after back-pay.
c Z10c "上海 之前辞职断了两个月 8月9月 10月新公司进去以后把8 9月都补缴了 我9月20号住院的钱能报吗" "2个月" "同一个城市"
# expect E6c: gap Aug–Oct (not "since 2026-11"); 43号 ①: back-pay, 09-15 covered only after back-pay.
c E6c "moved from hangzhou to dongguan. hangzhou paid until july, dongguan job started november. gap aug-oct. can i back pay and is my sept 15 dentist bill covered?" "this year" "1"
# expect E10c: 5-month wait from March → covered now.
c E10c "zhuhai, i didn't pay resident medical insurance in 2024 and 2025, paid for 2026 in march. am i covered now?" "2 years" "0"
# expect E14c: covered from 12-01 (ZJ 28 ¶2); 12-10 covered.
c E14c "just started my first job in shaoxing, company registered me for insurance on nov 20. can i see a doctor dec 10 on insurance?" "they didn't stop, it's a new job, first time insured" "0"

########## Batch 4: last continuations (expectations as above) ##########
# expect Z10d: stop 09-15; 9月20号 not reimbursed even after back-pay (SH 15, SH7 三(三)).
c Z10d "上海 之前辞职断了两个月 8月9月 10月新公司进去以后把8 9月都补缴了 我9月20号住院的钱能报吗" "2个月" "否"
# expect E6d: gap Aug–Oct; 09-15 covered only after back-pay (43号 ①).
c E6d "moved from hangzhou to dongguan. hangzhou paid until july, dongguan job started november. gap aug-oct. can i back pay and is my sept 15 dentist bill covered?" "this year" "1" "my employer, i changed jobs"
# expect E10d: paid March 2026 outside window → 3+2 = 5 months → covered from about 2026-08; covered now.
c E10d "zhuhai, i didn't pay resident medical insurance in 2024 and 2025, paid for 2026 in march. am i covered now?" "2 years" "0" "no"
